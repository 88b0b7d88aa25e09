"""Assembly: from the mentions of one article to its events.

One event per asserted trigger (or catalog alias) and sentence, with the
actors, place and date that the sentence shows. The date comes, in order of
trust, from a time expression in the sentence (`explicit` or `relative`),
from the reference catalog for a known background event (`reference`), or
from the article's publication date (`publication`). Within one article the
same event told twice becomes one event; articles are never merged here.

`core` runs the steps; `candidates` picks the event words of each sentence,
`parties` their actors and countries, `places` their place, `dating` their
date and `dedupe` merges the tellings of one event; `crowds` tells arrests of
unnamed counts of people; `text` and `rules` hold what several steps share.
"""

from events.assemble.core import assemble_events
from events.assemble.text import Mentions

__all__ = ["Mentions", "assemble_events"]
