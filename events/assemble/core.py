"""The assembly of one article's events, step by step: candidates, parties,
place, date, headline, then one event per real-world event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from events.assemble.abducted import abducted_persons
from events.assemble.absent_states import absent_from
from events.assemble.accepted import accepted_resignation
from events.assemble.accused_doers import accused_as_doer
from events.assemble.acted_on import without_acted_on
from events.assemble.added_clauses import names_of_its_clause
from events.assemble.after_announcements import date_after_announcement
from events.assemble.after_dates import (
    _past_verb,
    date_after_dated_deed,
    date_after_fronted_deed,
    date_after_which,
    date_before_dated_deed,
)
from events.assemble.after_other_doers import date_after_catalogued
from events.assemble.after_years import _date_by_the_year_after
from events.assemble.agreed_terms import without_agreed_terms
from events.assemble.aimed import aimed_place, kingdom_visited, the_bare_kingdom
from events.assemble.aims import _split_aims
from events.assemble.among_those import listed_among_those_told
from events.assemble.anaphor_days import date_by_a_later_anaphor, date_by_a_later_speech, sentence_after
from events.assemble.anaphor_places import place_by_a_later_anaphor
from events.assemble.announced_results import with_announced_results
from events.assemble.announced_retellings import without_announced_retellings
from events.assemble.another_deeds import named_as_another
from events.assemble.answered_days import dated_as_responses
from events.assemble.antecedents import _aside_places
from events.assemble.appointees import appointed_apart
from events.assemble.approximate_days import date_by_approximate_day
from events.assemble.arming_claims import reported_arming
from events.assemble.arriving_forces import arriving_forces
from events.assemble.article_sides import sides_of_the_article
from events.assemble.aside_dates import without_other_asides_dates
from events.assemble.background import (
    _a_bare_cause,
    _in_a_charged_doing,
    _in_a_definition,
    _setting_told_before,
)
from events.assemble.bare_names import _with_bare_names
from events.assemble.bare_retellings import without_bare_retellings
from events.assemble.before_clauses import before_clause_sides
from events.assemble.begun_relatives import date_by_its_beginning, date_undated_by_its_beginning
from events.assemble.between_pairs import pair_between
from events.assemble.body_decisions import decided_about
from events.assemble.body_venues import body_venue
from events.assemble.border_names import without_border_owners
from events.assemble.brokered import (
    fought_where_brokered,
    load_sides_told_before,
    place_of_the_fighting,
    sides_of_the_truce_just_before,
    sides_of_the_war,
    sides_told_just_before,
)
from events.assemble.candidates import (
    _DEED_AFTER,
    _candidates,
    _closure,
    _dated_in,
    _discussed,
    _distributive,
    _each_counterpart,
    _field_report,
    _lead_report,
    _reported,
    _split_off,
    _told_as_setting,
    _told_before,
)
from events.assemble.capital_doers import capital_as_doer
from events.assemble.capital_stances import without_capital_stances
from events.assemble.captured_persons import captured_persons
from events.assemble.catalog_fit import without_sides_of_the_story
from events.assemble.cause_names import without_cause_names
from events.assemble.channels import as_channel, as_source
from events.assemble.charge_names import without_charge_names
from events.assemble.charged_deeds import dated_only_as_accusation
from events.assemble.citations import _dated_only_by_citations
from events.assemble.citizenship import _a_citizenship
from events.assemble.clauses import _retold_in_time_clause
from events.assemble.closure_origins import closure_destination, closure_origin, closure_target
from events.assemble.co_doers import co_doer_as_target
from events.assemble.coincident_days import date_by_the_coincident_deed
from events.assemble.coincident_deeds import date_as_coincident
from events.assemble.coming_before import comes_after, dated_as_come_after
from events.assemble.compared_baselines import a_compared_kind, a_compared_period, a_described_compared_period
from events.assemble.compound_participles import a_compound_participle
from events.assemble.conjuncts import _second_deed, captured_series, second_dated_deed
from events.assemble.continued import date_as_continued
from events.assemble.continued_en import date_as_continued_en
from events.assemble.contrasts import _told_in_contrast
from events.assemble.coordinate_places import (
    _outside_cause_clause,
    _outside_earlier_deed,
    _outside_later_coordinate,
    later_coordinate_word,
)
from events.assemble.coordinated_acts import (
    date_by_the_act_followed,
    names_apart_from_the_follower,
    told_as_coordinated_act,
)
from events.assemble.counted_back import counted_back_from_a_day, date_counted_back
from events.assemble.counted_before_news import date_counted_before_the_news
from events.assemble.counted_calls import counted_calls
from events.assemble.counted_forward import date_counted_after_catalogued, date_counted_after_told, date_counted_forward
from events.assemble.counted_onsets import counted_onset, date_by_counted_onset
from events.assemble.counted_years import counted_in_years, date_counted_in_years
from events.assemble.counterpart_pairs import counterpart_pair, pair_side
from events.assemble.crackdowns import by_bare_forces
from events.assemble.crowd_places import crowd_at_home
from events.assemble.crowds import _unnamed_crowd
from events.assemble.dated_home_deeds import dated_deed_at_home
from events.assemble.dated_onsets import onset_with_its_date
from events.assemble.dated_own_clauses import opens_a_clause_of_time, sides_of_the_named_deed
from events.assemble.dated_relatives import day_of_its_audience
from events.assemble.dating import (
    _after_old_setting,
    _after_publication,
    _announced,
    _bare_weekday,
    _came_days_after,
    _catalogued_day_of_its_year,
    _catalogued_without_a_side,
    _claimed_before,
    _date_before_told,
    _date_by_saying,
    _date_days_before,
    _date_event,
    _date_on_the_eve,
    _dated_by_its_reaction,
    _dated_by_its_toll,
    _dated_by_the_commemoration,
    _days_after_its_sentence_s_deed,
    _days_before,
    _days_before_retold,
    _days_before_unknown,
    _described_by,
    _first_time_comment,
    _in_past_aside,
    _in_recent_aside,
    _names_catalogued,
    _not_catalogued,
    _outside_catalogued_names,
    _outside_names_of_events,
    _recalled,
    _told_as_recent,
    _told_in_present,
    _undated,
    _under_an_old_agreement,
    claims_the_word,
)
from events.assemble.days_named_before import dated_by_a_deed_named_before
from events.assemble.deals_told_before import deal_told_before
from events.assemble.decided_measures import decided_measures_unplaced, one_state_at_home
from events.assemble.decrees import date_by_the_decree, told_by_decree
from events.assemble.dedupe import (
    SEPARATE_ACTS,
    _dedupe,
    _in_two_cities,
    _without_announcement_days,
    _without_meetings_of_visits,
    _without_reaction_days,
    _without_toll_days,
)
from events.assemble.deed_days import date_by_the_day_of_a_deed
from events.assemble.deed_occasions import date_as_the_occasion
from events.assemble.defused import an_explosive_defused
from events.assemble.described_names import year_of_the_described_name
from events.assemble.document_dates import date_by_its_document
from events.assemble.document_names import without_document_names
from events.assemble.documents import told_in_a_document
from events.assemble.each_broker import each_broker
from events.assemble.each_giver import each_giver
from events.assemble.each_office_holder import each_office_holder, holders_of
from events.assemble.each_visitor import each_visitor
from events.assemble.earlier_doers import earlier_doers
from events.assemble.earlier_legs import names_of_its_leg
from events.assemble.early_votes import _without_early_votes
from events.assemble.elected import told_with_its_results
from events.assemble.envoy_posts import without_envoy_posts
from events.assemble.explaining import _date_by_explanation, outside_other_explanations
from events.assemble.expulsions import expulsion_at_home
from events.assemble.fallback_links import fallback_entry, link_recalled, may_fall_back, without_retold_links
from events.assemble.filed_homes import filed_home
from events.assemble.finer_dates import without_coarser_tellings
from events.assemble.flights import _flights_suspended_for_safety
from events.assemble.followers import date_as_the_followed
from events.assemble.following_spans import date_by_the_following_span
from events.assemble.following_years import date_by_the_following_year
from events.assemble.former_rulers import without_former_rulers
from events.assemble.fronted import _date_by_fronted
from events.assemble.gapped_doers import gapped_doer
from events.assemble.gathering_places import place_of_the_gathering_told
from events.assemble.givers import given_at_home, giver_first, load_givers, without_givers
from events.assemble.group_subjects import group_subject
from events.assemble.habitual import (
    _a_count_of_campaigns,
    _a_generic_kind,
    _a_state_of_years,
    _a_state_undergone,
    _an_attack_in_words,
    _habitual_claim,
)
from events.assemble.headings import _heading_line
from events.assemble.held_at_home import held_at_the_holders
from events.assemble.held_persons import held_person_as_target
from events.assemble.holders_homes import office_in_its_holders_land
from events.assemble.home_capital import in_the_bare_capital, the_bare_capital_of
from events.assemble.home_deeds import catalogued_at_home
from events.assemble.hosted_venues import host_of, hosted_at
from events.assemble.hours_clauses import date_by_the_hours_clause, hours_clause_start
from events.assemble.in_progress import _in_progress
from events.assemble.in_the_wake import _date_in_the_wake, dates_after_the_closer, day_of_the_dated_wake
from events.assemble.inspirations import without_inspirations
from events.assemble.interceptions import _interceptor_as_target
from events.assemble.joined_times import second_time, series_through
from events.assemble.joint_doers import co_doers_first, joint_doers
from events.assemble.known import _opens_as_known
from events.assemble.lasting_years import date_by_years_lasted, years_lasted
from events.assemble.later_deeds import date_as_later, date_hours_later
from events.assemble.lead_days import dated_by_the_lead, told_as_the_leads_news, told_as_the_leads_news_ar
from events.assemble.lead_summaries import without_lead_summaries
from events.assemble.measured_openers import date_after_measured_opener, date_hours_after_the_news
from events.assemble.measured_settings import without_measured_names, without_measured_settings
from events.assemble.measures import measure_at_home
from events.assemble.memberships import membership_measure, passive_suspension
from events.assemble.mentioned_sides import sides_of_the_word_before
from events.assemble.mere_words import _a_told_truce_again, _names_no_deed, _the_grounds_of_a_charge, known_sanctions
from events.assemble.mourned_dead import killed_before_their_funeral
from events.assemble.named_days import date_by_the_name
from events.assemble.named_detainees import names_its_person
from events.assemble.named_meetings import named_as_a_meeting
from events.assemble.named_places import _without_listed_doers, _without_office_countries
from events.assemble.named_venues import accord_name, venue_in_its_name
from events.assemble.named_verdicts import inside_a_named_verdict, named_by_a_verdict
from events.assemble.narrative_months import date_by_the_narrative
from events.assemble.no_events import without_no_events
from events.assemble.noun_dates import dated_in_its_name, without_other_nouns_dates
from events.assemble.nouns_told_done import told_done_by_a_verb
from events.assemble.oaths import retold_own_resignation
from events.assemble.object_pronouns import catalogued_by_object, pronoun_object, with_object
from events.assemble.objections import without_objectors
from events.assemble.occasion_days import date_by_the_occasion
from events.assemble.offensive_parts import without_parts_of_campaigns
from events.assemble.office_holders import office_change_at_home, ousted_in_a_relative
from events.assemble.office_turns import told_as_other_turn
from events.assemble.offices_abroad import office_at_home
from events.assemble.official_leads import done_by_the_leads_parties, placed_by_the_lead
from events.assemble.one_more import told_as_one_more
from events.assemble.one_telling import _without_second_tellings
from events.assemble.ongoing_announcements import date_by_ongoing_announcement
from events.assemble.ongoing_deeds import ongoing_clause_end
from events.assemble.origin_names import without_origin_names
from events.assemble.origins import without_origins
from events.assemble.other_names import _outside_other_names, in_another_names_clause
from events.assemble.own_objects import told_with_own_object
from events.assemble.own_subjects import outside_the_clause_before, own_subject_bounds
from events.assemble.own_talks import own_talks_before
from events.assemble.owned_changes import without_owned_changes
from events.assemble.pair_clauses import names_of_a_pair_clause, pair_of_the_pronoun
from events.assemble.pair_subjects import _pair_as_subject
from events.assemble.partial_groups import without_partial_groups
from events.assemble.participial_days import dated_by_a_participial_retelling
from events.assemble.participle_asides import date_in_participle_aside
from events.assemble.participle_nouns import a_participle_noun
from events.assemble.parties import (
    _SAYING,
    _article_countries,
    _at_home,
    _doer_named,
    _drop_backers,
    _drop_measuring_points,
    _drop_mediators,
    _drop_neighbours,
    _event_actors,
    _event_side,
    _home_country,
    _international_body,
    _is_hosted,
    _is_received,
    _media_nationality,
    _named_counts,
    _names_stem,
    _official,
    _outside_later_setting,
    _outside_later_setting_actors,
    _outside_names,
    _outside_outlet_names,
    _pair_before_word,
    _pronoun_for_a_countryman,
    _same_one_named,
    _speaker_acts_ar,
    _spoken_of_country,
    _title_holder,
    _topic_start,
    _without_actor_homes,
    _without_partner_capitals,
    _without_relative_clause_names,
    _without_title_countries,
    _without_topic_countries,
    _without_venues,
    affair_told_before,
    done_in_a_clear_home,
    load_home_types,
    load_lead_home_types,
    load_title_subjects,
    other_clause_after,
    said_after_own_word,
    sides_inside_the_name,
)
from events.assemble.party_places import without_bare_parties, without_speaker_places
from events.assemble.patron_adjectives import _drop_patron_adjectives
from events.assemble.perfect_leads import dated_by_the_next_paragraph
from events.assemble.person_places import without_person_places
from events.assemble.place_anaphors import with_place_anaphors
from events.assemble.place_qualifiers import qualifies_the_place
from events.assemble.placed_deeds import own_clause_places, told_with_own_place
from events.assemble.places import (
    _FIRED_FROM_REACH,
    _at_sea,
    _at_the_initiator,
    _catalogued_location,
    _event_location,
    _filed_at,
    _not_fired_from,
    _pick_place,
    _place_at_target,
    _sent_there,
    _without_circumstance_places,
    load_initiator_place_types,
    load_target_place_types,
    load_travel_types,
    load_venue_types,
    load_war_types,
    told_in_the_news_days,
)
from events.assemble.points import _reference_point
from events.assemble.police_clashes import police_clashes
from events.assemble.polling_days import date_on_polling_day, vote_of_the_day
from events.assemble.possessive_hosts import named_in_the_possessive
from events.assemble.power_changes import without_retold_power_changes
from events.assemble.predicted_subjects import a_predicted_subject
from events.assemble.presences import owner_as_no_doer, without_presence_owners
from events.assemble.protest_targets import without_protest_targets
from events.assemble.provisions import in_a_provision
from events.assemble.questions import asked
from events.assemble.quoted_days import without_quoted_relative_days
from events.assemble.ranked_appositions import without_names_of_a_later_ranking, without_names_since
from events.assemble.ratification_votes import vote_of_a_ratification
from events.assemble.re_elections import as_re_election
from events.assemble.reacted_objects import reacted_object
from events.assemble.reacting_states import dated_by_the_reaction, reactors_only, without_reacting_states
from events.assemble.reactors import reactor_no_place
from events.assemble.received_guests import guest_first, received_abroad, received_at_home
from events.assemble.referred_back import date_by_what_it_takes_up
from events.assemble.relative_places import _inside_relative_clause, subject_clause_end, witnessed_places
from events.assemble.repeated_tolls import without_repeated_tolls
from events.assemble.reported_dead import reports_counted_dead
from events.assemble.reported_state_acts import reported_state_act, told_as_done
from events.assemble.reporters import without_reporters
from events.assemble.requesters import without_requesters
from events.assemble.residences import without_residences
from events.assemble.resisted import resisted_attack
from events.assemble.responses import without_responders
from events.assemble.retold_venues import place_of_a_passive_retelling
from events.assemble.retold_verbs import date_by_a_retelling_verb, place_of_the_retelling
from events.assemble.retrospective import _without_undated_retold
from events.assemble.revived import revived_object
from events.assemble.rounds import told_in_rounds
from events.assemble.routes import _without_route_ends
from events.assemble.rules import (
    load_destination_types,
    load_one_country_types,
    load_topic_markers,
    load_unjoined_types,
)
from events.assemble.runners_up import with_runners_up
from events.assemble.ruptures import _rupture_at_home
from events.assemble.same_day_deeds import date_as_the_day_told_before
from events.assemble.saying_days import dated_by_their_saying, day_of_the_saying
from events.assemble.saying_times import date_by_the_english_saying_time, date_by_the_saying_time
from events.assemble.sea_hosts import coastal_host
from events.assemble.seats import _drop_seats
from events.assemble.sent_to import authorised, destination_after
from events.assemble.sentence_countries import sentence_s_one_country
from events.assemble.sequels import _date_as_sequel
from events.assemble.series import series_countries
from events.assemble.setting_talks import sides_of_setting_talks
from events.assemble.setting_venues import held_at_setting
from events.assemble.shared_subjects import subject_of_the_verb_before
from events.assemble.sideline_talks import on_the_sidelines
from events.assemble.signing_places import _without_signing_places
from events.assemble.similar_deeds import similar_to
from events.assemble.simultaneous import date_of_the_deed_during
from events.assemble.since_causes import _date_by_since
from events.assemble.since_clause import date_by_since_clause
from events.assemble.since_deeds import dated_since_a_deed
from events.assemble.since_events import date_since_catalogued, told_since
from events.assemble.speaker_asides import on_the_speaker
from events.assemble.speaker_counterparts import with_a_counterpart
from events.assemble.speakers import _speaker_country_acts
from events.assemble.speech_gaps import pronoun_of_the_speaker
from events.assemble.speech_settings import told_as_speech_setting
from events.assemble.standing_roles import standing_role
from events.assemble.standing_traits import a_present_relative, a_standing_trait, an_accused_trait
from events.assemble.state_protests import a_state_protest, without_stances
from events.assemble.stated_deeds import at_the_publication, told_as_statement_object
from events.assemble.stated_venues import stated_venue
from events.assemble.stretches import told_earlier_in_its_period, told_over_a_stretch
from events.assemble.sufferers import region_as_no_doer, sufferer_parties
from events.assemble.supported import sent_in_support
from events.assemble.supporters import ordered_with_backers_last, without_backer_places
from events.assemble.taken_up import takes_up_the_lead
from events.assemble.talk_topics import _talk_topic_start, _topic_end
from events.assemble.talks_before import date_by_the_outcome, retold_outcome, talks_before
from events.assemble.talks_outcomes import date_by_the_talks, place_of_the_talks
from events.assemble.talks_under_way import talks_under_way
from events.assemble.terms_places import without_terms_places
from events.assemble.text import (
    _PRECISION_RANK,
    _PRONOUN_SUBJECT,
    DISTRIBUTIVE_TYPES,
    PHONE_CALL,
    WEAK_TRIGGER,
    Mentions,
    _accused,
    _aside_before,
    _ByStart,
    _Candidate,
    _countries_of,
    _country_counts,
    _country_location,
    _dates_compatible,
    _dating_clause,
    _is_anaphoric,
    _is_target,
    _last_person,
    _location,
    _named_with_its_year,
    _pair_told_before,
    _placed_in,
    _sentence_before,
    _stable_id,
    _tells_of,
    _told_with_its_year,
    _unique,
    may_accuse,
    pair_at_a_venue,
)
from events.assemble.the_country import of_the_country
from events.assemble.timeline import _a_timeline_entry
from events.assemble.titled_names import names_a_titled_person
from events.assemble.told_destinations import received_where_told
from events.assemble.told_gatherings import (
    date_at_the_gathering,
    date_before_the_gathering,
    date_by_the_gathering_told,
    no_recent_day,
)
from events.assemble.topic_dates import without_the_other_deed_s_dates
from events.assemble.topic_places import without_topic_places
from events.assemble.topics import _slogan_start, _spoken_topic_start, load_spoken_topics
from events.assemble.tour_legs import tour_legs
from events.assemble.trailing_sayings import capped_by_a_trailing_saying, said_after_a_retelling
from events.assemble.trends import told_as_a_trend
from events.assemble.trip_legs import other_leg
from events.assemble.trip_origins import without_trip_origins
from events.assemble.twin_readings import dated_as_their_twins, placed_as_their_twins
from events.assemble.undated_retellings import _without_undated_retellings
from events.assemble.under_deal import _the_deal_retold, _under_a_told_deal
from events.assemble.under_way import without_campaigns_under_way
from events.assemble.unnamed_doers import unnamed_doer_target
from events.assemble.unnamed_recipients import load_unnamed_recipient_types, recipient_at_home
from events.assemble.unstated_subjects import subject_of_the_sentence
from events.assemble.venues import venue_unstated
from events.assemble.verb_days import date_by_its_verb
from events.assemble.visit_anaphors import as_the_visit, meetings_of_the_visit
from events.assemble.visit_days import dated_by_the_visitor_s_deed
from events.assemble.visitors import _visited_country, _visited_object, _visitor_first
from events.assemble.vote_days import without_other_days_of_a_vote
from events.assemble.votes import _votes_cast
from events.assemble.wake_causes import _date_by_wake_cause
from events.assemble.wanted_people import wanted_by
from events.assemble.war_country import (
    _striker_before,
    _striker_first,
    _struck_in_after,
    _war_country,
    filed_war_country,
    struck_abroad,
)
from events.assemble.war_places_before import place_of_the_fighting_just_before
from events.assemble.warring_sides import warring_sides
from events.assemble.way_ends import _off_the_way, _without_way_ends, closed_ways_to
from events.assemble.while_clauses import _after_while, _without_before_while
from events.assemble.witnessed import date_as_witnessed
from events.assemble.witnessed_days import date_by_the_day_witnessed
from events.assemble.year_named_again import dated_by_the_year_naming_it_again
from events.attribution import find_attribution
from events.model import CAMEO_BY_TYPE, ActorMention, Article, Event, PlaceMention, TimeMention
from events.places import Gazetteer
from events.reference import ReferenceCatalog, entry_named, scheduled_a_week_later, upcoming_reference
from events.temporal import moved_from_its_deed, names_the_gathering_told, since_then_at, taking_effect
from events.text.dateline import filed_country, find_dateline
from events.text.lazy import LazyPattern
from events.text.normalize import FoldedText
from events.text.sentence_fold import sentence_fold

HEADLINE_WORDS = 14

# a comma or a semicolon between two names: they stand in different clauses
_CLAUSE_BETWEEN = LazyPattern(r"[,،;؛]")


def _catalog_day_of_its_written_date(event: Event, dates: Sequence[TimeMention]) -> bool:
    """Whether the event, dated by the catalog, has a coarser date written in its sentence that
    the catalog's day falls in ("The agreement, signed in April 2016 during a visit ...": the
    signing of that April, on the catalog's day): the sentence dates it as much as one it dates
    by its own words, and it is no undated retelling of a deed of another type told before it
    (the ratification of that agreement)."""
    if event.date_basis != "reference" or not event.date:
        return False
    return any(d.precision != "day" and event.date.startswith(d.value) for d in dates)


def _catalog_date_written(event: Event, dates: Sequence[TimeMention]) -> bool:
    """Whether a time written in the event's sentence holds the day the catalog dates it to, or
    is that day ("first erupted on Feb. 22" for the Hirak of February 22, 2019)."""
    return _catalog_day_of_its_written_date(event, dates) or any(not d.recurring and d.value == event.date for d in dates)


def _lead_types(events: list[Event], lead: tuple[int, int]) -> frozenset[str]:
    """The kinds of the events told so far whose word stands in the first sentence `lead`."""
    return frozenset(ev.event_type for ev in events if lead[0] <= ev.spans["trigger"][0] < lead[1])


def _headline(text: str, quote: tuple[int, int], trigger: tuple[int, int]) -> str:
    """A short headline: the words around the trigger, inside its sentence.

    Words are whitespace-separated runs; `str.split` counts them and finds where
    the shown ones begin and end, without a match object per word.
    """
    q0, q1 = quote
    sentence = text[q0:q1]
    n = len(sentence.split())
    if not n:
        return sentence.strip()
    t = max(0, len(text[q0 : min(trigger[0] + 1, q1)].split()) - 1)  # the word the trigger starts in
    lo = max(0, t - HEADLINE_WORDS // 2)
    hi = min(n, lo + HEADLINE_WORDS)
    lo = max(0, hi - HEADLINE_WORDS)
    first = q1 - len(sentence.split(None, lo)[-1])  # where word lo begins
    last = q0 + len(sentence.rsplit(None, n - hi)[0])  # where word hi - 1 ends
    head = text[first:last].strip(" \t\"'«»،,.:;-")
    if lo > 0:
        head = "…" + head
    if hi < n:
        head += "…"
    return head


def _in_dateline(date_mention: TimeMention, dateline: tuple[int, int] | None) -> bool:
    """Whether a date stands inside the article's dateline ("TUNIS, July 26 (Reuters) -")."""
    return dateline is not None and dateline[0] <= date_mention.start and date_mention.end <= dateline[1]


def _placed_by_a_stance_alone(
    text: str, country: str | None, actors: Sequence[ActorMention], places: Sequence[PlaceMention]
) -> bool:
    """Whether the only names of `country` in the sentence name what a stance is for or against
    ("an anti-American protest", "a pro-Syrian rally"), so the country is no place of the deed."""
    named = [a for a in actors if a.country == country]
    return (
        country is not None
        and bool(named)
        and not any(p.country == country for p in places)
        and not without_stances(text, named)
    )


def assemble_events(
    article: Article,
    mentions: Mentions,
    catalog: ReferenceCatalog,
    gazetteer: Gazetteer,
) -> list[Event]:
    """The events of one article, deduplicated within it."""
    text = article.text
    language = article.language or "ar"
    published = article.published
    events: list[Event] = []
    # Every event made in this call stays referenced here until it returns: the sets and dicts
    # below are keyed by id(event), and an event dropped and freed could otherwise hand its id to
    # a later one, which would inherit its marks depending on memory reuse.
    made: list[Event] = []
    initiators: dict[int, set[str]] = {}
    doers: dict[int, set[str]] = {}  # every event's initiating countries, catalogued or not
    home: str | bool | None = False  # not looked for yet
    dateline = find_dateline(text)
    mentions = without_former_rulers(text, mentions)  # "since independence from France": no party, no home
    mentions = without_origin_names(text, mentions)  # "a U.S.-educated millionaire", "طائرة إيرانية الصنع"
    mentions = abducted_persons(text, mentions)  # "اختطفت مليشيا عضو المجلس": an arrest, not an attack
    mentions = captured_persons(text, mentions)  # "U.S. forces captured Saddam Hussein": an arrest too
    mentions = police_clashes(text, mentions)  # "Riot police clashed with stone-throwing youths": a protest
    mentions = arriving_forces(text, mentions)  # "the first U.S. troops ... arrived at the air base": a deployment
    mentions = tour_legs(text, mentions)  # "زارا كييف في الخامس من فبراير ثم موسكو في اليوم التالي": two visits
    mentions = with_place_anaphors(text, mentions, gazetteer)  # "قطاع غزة ... الغارات على القطاع": that place again
    all_actors = _ByStart(without_partial_groups(text, list(mentions.actors)))  # "عدد من الدول الخليجية": some, not all
    all_places, all_dates = _ByStart(mentions.places), _ByStart(mentions.dates)
    counts = _country_counts(mentions)  # how often the article's names point to each country
    all_triggers = _ByStart(mentions.triggers)
    all_references = _ByStart(mentions.references)
    names_of: dict[tuple[int, int], tuple[list[ActorMention], list[PlaceMention]]] = {}
    folds: dict[tuple[int, int], FoldedText] = {}
    outlets: dict[int, bool] = {}  # whether the country name at an offset is a news outlet's nationality
    acts: set[int] = set()  # events told by a verb of their own (see `SEPARATE_ACTS`)
    retold_verbs: dict[int, str] = {}  # where a verb tells again a deed told before it (`retold_verbs`), its type
    coordinated: set[int] = set()  # acts of their own in a list of one sentence (`told_as_coordinated_act`)
    definite: set[int] = set()  # events told by a definite noun ("the truce", "الهدنة"; not "التقى")
    one_state_homes: set[int] = set()  # measures of one state against one other, placed at its home (`one_state_at_home`)
    unnamed: set[int] = set()  # arrests of a count of unnamed people (see `_unnamed_crowd`)
    named_held: set[int] = set()  # arrests of a person their clause names (see `names_its_person`)
    tolls: set[int] = set()  # events dated by the day their toll rose (see `_dated_by_its_toll`)
    reactions: set[int] = set()  # deeds dated by the day of a reaction to them (see `_dated_by_its_reaction`)
    said_of: set[int] = set()  # of those, the deeds named as a statement's object (`told_as_statement_object`)
    announced: set[int] = set()  # one-off deeds told as announced (see `_announced`)
    said_days: dict[int, TimeMention] = {}  # English deeds told in a dated saying (see `day_of_the_saying`)
    lead_news: dict[int, _Candidate] = {}  # English deeds with no time told like the lead's news (`lead_days`)
    lead_reports: set[int] = set()  # deeds an official source tells right after the lead (`official_leads`)
    linked: set[int] = set()  # recalled deeds linked by their type, countries and time (`fallback_entry`)
    come_after: set[int] = set()  # occasions a deed of the news comes after (`comes_after`)
    stretches: set[int] = set()  # deeds dated by a stretch of recent weeks or months (`told_over_a_stretch`)
    follower: int | None = None  # a deed told after a verb of following (`date_as_the_followed`)
    retold_outcomes: list[Event] = []  # outcomes of talks told again in a sentence of their own (`retold_outcome`)
    context: frozenset[str] | None = None  # the countries the article is about, read when first needed
    mentions = _with_bare_names(text, mentions, catalog)  # "منذ الانقلاب الفاشل", in a story about Turkey
    # "protesters gathered outside the French embassy": France is not what the article is about
    home_names = without_presence_owners(text, mentions)
    paired: re.Match[str] | None = None  # the mark of two counterparts of the last meeting read
    # a word that lost its slot to one yielding no event, told with a doer of its own, comes next (`runners_up`)
    for cand in with_runners_up(_candidates(text, mentions), lambda: (len(events), id(events[-1]) if events else 0)):
        s, e = cand.sentence
        if asked(text, cand.sentence, cand.trigger):
            continue  # a question asserts nothing from its question word on
        if _heading_line(text, s, e, [d.start for d in all_dates.inside(s, e) if d.basis == "explicit"]):
            continue  # a linked report's headline or a subheading between the paragraphs
        # "دبي، الإمارات (CNN)-- ...": the newsroom's city is neither place nor party
        named_from = max(s, dateline[1]) if dateline is not None else s
        named = names_of.get((named_from, e))
        if named is None:  # the names of a sentence, read once for all its candidates
            sent_actors = all_actors.inside(named_from, e)
            sent_places = _outside_outlet_names(text, _outside_names(all_places.inside(named_from, e), sent_actors))
            # "ميليشيات الحوثي الإيرانية": the adjective names the group's patron
            unseated = _drop_patron_adjectives(text, *_drop_seats(text, sent_actors, sent_places))
            named = names_of[(named_from, e)] = _drop_measuring_points(
                # "near the Turkish border", «قرب الحدود التركية»: a neighbour, as "near the border with Turkey"
                text, *_drop_mediators(text, *without_border_owners(text, *_drop_neighbours(text, *_drop_backers(text, *unseated))))
            )
        sent_actors, sent_places = _without_relative_clause_names(text, *named, cand.trigger, e)
        # "وصلت فرق إسبانية، كما حطت طائرة قطرية": each deed's doers are those of its own clause
        sent_actors = names_of_its_clause(text, sent_actors, cand, all_triggers.inside(s, e))
        # "Egypt signed a treaty in 1979 and Jordan did so in 1994": each doer its own deed's
        sent_actors, sent_places = names_apart_from_the_follower(text, sent_actors, sent_places, cand, all_triggers.inside(s, e))
        # "visited Washington on Monday, hours after Israeli troops raided Jenin": the raid's own names
        # (a pronoun for a subject, "hours after they opened fire", keeps the names it takes up)
        if (
            cand.circumstance
            and (hours_start := hours_clause_start(text, cand)) is not None
            and any(hours_start <= a.start < cand.trigger[0] for a in sent_actors)
        ):
            sent_actors = [a for a in sent_actors if a.start >= hours_start]
            sent_places = [p for p in sent_places if p.start >= hours_start]
        # "يحشد الأسد جيشه ...، وشاركت الطائرات الروسية في قصف": the massing's names are its own clause's
        if (ongoing_end := ongoing_clause_end(text, cand, all_triggers.inside(s, e))) is not None:
            sent_actors = [a for a in sent_actors if a.start < ongoing_end]
            sent_places = [p for p in sent_places if p.start < ongoing_end]
        # "The officers who seized power in a coup have revoked agreements with Paris": not the coup's
        if (main_verb := subject_clause_end(text, cand.trigger, cand.sentence)) is not None:
            sent_actors = [a for a in sent_actors if a.start < main_verb]
            sent_places = [p for p in sent_places if p.start < main_verb]
        # "met Abbas in Ramallah before travelling to Cairo": each leg's names are its own
        sent_actors, sent_places = names_of_its_leg(text, sent_actors, sent_places, cand, all_triggers.inside(s, e))
        # "وكانت العلاقات بينهما قد قطعت", "التي وقعها البلدان": the pair told before, not the names of another clause
        sent_actors, sent_places = names_of_a_pair_clause(text, sent_actors, sent_places, cand, events)
        # "The protests began, inspired by the uprisings in Tunisia and Egypt": not their places
        sent_actors, sent_places = without_inspirations(text, sent_actors, sent_places, cand.trigger, (s, e))
        sent_places = _without_route_ends(text, sent_places, cand.event_type)  # "a pipeline from Basra to Aqaba"
        sent_places = _without_way_ends(text, sent_places, cand.event_type)  # "reopened the road to Mauritania"
        # "وصل إلى الدوحة قادما من الكويت": where the traveller came from
        sent_actors, sent_places = without_trip_origins(text, sent_actors, sent_places, cand.trigger, e, cand.event_type)
        # "مصري يقيم في قطر، لعب دورا في اغتيال السادات": where someone lives, told in another clause
        sent_actors, sent_places = without_residences(text, sent_actors, sent_places, cand.trigger, (s, e))
        # "أوقفت ... زياد عيتاني، بتهمة التخابر مع العدو الإسرائيلي": what the charge is about
        sent_actors, sent_places = without_charge_names(text, sent_actors, sent_places, cand)
        # "على خلفية دعمها لجبهة البوليساريو", "مع السعودية خصم طهران": the grounds, or who a party is
        sent_actors, sent_places = without_cause_names(text, sent_actors, sent_places, cand)
        sent_places = without_person_places(text, sent_places, counts, gazetteer.cues.place_words_en)  # "Hassan replaces Khasawneh": a man
        sent_places = _outside_other_names(sent_places, all_references.inside(s, e), cand.reference_id)
        if language == "en":  # "arrested in February 2018, days after giving interviews in London"
            domestic = cand.event_type in load_home_types()
            if domestic and home is False:
                home = _home_country(home_names, dateline[1] if dateline is not None else 0)
            sent_actors, sent_places = without_measured_names(
                text, sent_actors, sent_places, cand.trigger[1], e, domestic and home is not None
            )
        if cand.event_type in load_one_country_types():
            # "Turkey, which recently held elections, signed a deal in Baku": not the election's place
            sent_places = _aside_places(text, sent_actors, sent_places, cand.trigger[0], e)
        at_home: str | None = None
        pair: list[str] | None = None
        war_sides: list[str] = []
        article_sides: list[str] | None = None  # the countries of the article, for a deed naming no side
        told_of = pronoun_object(text, cand, all_actors.inside(0, cand.trigger[0]), _sentence_before(mentions.sentences, s))
        group = group_subject(text, s, cand.trigger, all_actors.inside(0, e), language, e)
        if (
            cand.reference_id is None
            and not sent_places
            # (a news outlet's nationality, "according to Algerian media", names no country of the event)
            and not any((a.country or a.members) and not _media_nationality(text, a) for a in sent_actors)
            and (told_of is None or told_of.country is None)
            and group is None
            and not _pronoun_for_a_countryman(text, mentions.sentences, all_actors, s, cand.trigger[0])
        ):
            # no country can come from this sentence: "the two countries" are the
            # parties of the event told just before; a domestic event ("police
            # arrested dozens") takes place in the country the article is about
            # "واندلعت الحرب بين الطرفين": the two armed sides of one state, not the last event's pair
            pair = warring_sides(text, cand, all_actors.items, events) or _pair_told_before(text[s:e], events, event_type=cand.event_type) or pair_of_the_pronoun(text, cand, events)
            if pair is None and cand.definite:
                # "واندلعت الاشتباكات، الإثنين": the clashes told before, on a day of their own
                same = next((ev for ev in reversed(events) if ev.event_type == cand.event_type), None)
                pair = list(same.countries) if same is not None else None
                if same is None and all_dates.inside(s, e):
                    # "The truce took effect on April 10" after "accusing the coalition of violating a
                    # ceasefire": the sides of the word it takes up, an event or not, when its own
                    # sentence gives it a time ("We are committed to the ceasefire" tells no deed)
                    pair = sides_of_the_word_before(cand.event_type, s, all_triggers.items, mentions.sentences, all_actors.items)
                if same is not None and cand.event_type in load_home_types() and (same.location or {}).get("country"):
                    # "the protests" told again: where they were held, not who sent troops against them
                    pair = [same.location["country"]]
            if pair is None:
                pair = series_countries(text, cand, events)  # "a previous truce in November 2023"
            if pair is None and (named := entry_named(catalog, cand.event_type, text[s:e], published, language, cand.trigger[0] - s)):
                # "بعد مقتل زعيمه أبو بكر البغدادي": the sides of the catalogued deed its sentence names
                pair = list(named.countries)
            if pair is None:
                # "A UN-brokered truce in 2022 has largely held": the sides of the fighting told just before
                war_sides = sides_told_just_before(cand.event_type, _sentence_before(mentions.sentences, s), events)
                pair = war_sides or None
            if pair is None:
                # "... agreed to a ceasefire. Five days of border clashes have killed 35": the truce's sides fought
                pair = sides_of_the_truce_just_before(cand.event_type, _sentence_before(mentions.sentences, s), events)
            if pair is None:
                # "A seven-day truce took effect on November 24": between the countries the article is about
                pair = article_sides = sides_of_the_article(cand, home_names, bool(all_dates.inside(s, e)))
            if pair is None:
                # "drones hit two pumping stations on the kingdom's pipeline": the one kingdom named
                at_home = the_bare_kingdom(text, cand, all_actors.inside(0, cand.trigger[0]))
            if pair is None and at_home is None and pair_at_a_venue(text[s:e], events):
                # "ties between the two countries worsened after soldiers arrested the president",
                # told after a summit abroad: the state the article speaks of, not the summit's venue
                at_home = _spoken_of_country(home_names, cand.trigger[0])
            if pair is None and at_home is None:
                entry = [(d.start, d.end) for d in all_dates.inside(0, len(text)) if d.basis == "explicit"]
                if (
                    not (
                        _at_home(cand, text)
                        or by_bare_forces(text, cand)  # "مقتل 12 متظاهرا برصاص قوات الأمن": the state's own forces
                        or in_the_bare_capital(text, cand)
                        or told_by_decree(text, cand)
                        or office_change_at_home(text, cand)  # "استقالة وزير الدفاع": the state's own office
                        or told_with_its_results(text, cand)  # "results gave Deby 79.3% of the vote"
                        # "بإعفاء وزير المالية من منصبه وتعيين خالد العمر بدلا منه": the office of the one left
                        or told_as_other_turn(text, cand.trigger, all_triggers.inside(s, e), cand.sentence)
                        or of_the_country(text, cand)  # "elected in the country's first peaceful handover"
                        # "heavy gunfire erupted on Sunday at the barracks": a deed of its own time
                        or dated_deed_at_home(text, cand, all_dates.inside(s, e))
                    )
                    and not _a_timeline_entry(text, s, entry)
                ):
                    if home is False:
                        home = _home_country(home_names, dateline[1] if dateline is not None else 0)
                    # "under emergency rule since the failed coup attempt", in an article about Turkey
                    if not catalogued_at_home(catalog, cand.event_type, text[s:e], home, published, language) and not (
                        isinstance(home, str)
                        and (done_in_a_clear_home(cand) or told_done_by_a_verb(text, cand, all_triggers.inside(s, e)))
                    ):
                        continue
                if home is False:
                    home = _home_country(home_names, dateline[1] if dateline is not None else 0)
                if isinstance(home, str):
                    at_home = home
                elif cand.event_type in load_lead_home_types() or of_the_country(text, cand):
                    # "they announced that they had removed him from power": the state spoken of last;
                    # "elected in the country's first peaceful handover": the country spoken of
                    at_home = _spoken_of_country(home_names, cand.trigger[0])
                elif cand.event_type in load_home_types() or by_bare_forces(text, cand):
                    # "The generals alleged fraud in the Nov. 8 election, which the NLD won", in a story
                    # filed from Yangon that names the United States' sanctions as often as Myanmar:
                    # the state the story is filed from, when it comes back to it
                    at_home = filed_home(all_places.inside(*dateline), home_names, dateline[1]) if dateline is not None else None
                if at_home is None:
                    # "Among the others was a journalist detained in January 2018": one affair's arrests,
                    # each dated in its own sentence (undated, it tells one told before again)
                    explicit = any(d.basis == "explicit" for d in all_dates.inside(s, e))
                    pair = affair_told_before(cand.event_type, events) if explicit else None
                    if pair is None:
                        continue
        folded = folds.get((s, e))
        if folded is None:  # one fold of a sentence for all its candidates
            folded = folds[(s, e)] = sentence_fold(mentions.folded, text, s, e)
        # the day in a catalogued event's name ("the October 7 attack") is part of that name
        sent_dates = _outside_names_of_events(all_dates.inside(s, e), all_references.inside(s, e))
        if published:  # "علقت الرحلات اعتبارا من صباح الثلاثاء": when the measure takes effect, still to come
            sent_dates = [d for d in sent_dates if not (d.value and d.value[:10] > published and taking_effect(text, d))]
            # "naming Karzai to head an administration due to take power on December 22": the day
            # still to come is the plan's, told after it, not the deed's
            sent_dates = [
                d
                for d in sent_dates
                if not (
                    d.value
                    and d.value[:10] > published
                    and any(
                        u.modality != "asserted" and cand.trigger[1] <= u.start and u.end <= d.start
                        for u in all_triggers.inside(s, e)
                    )
                )
            ]
        # "has stepped down, one day after he was sworn in": that day is not the swearing-in's
        # "وقررت الجامعة في الاجتماع نفسه": the meeting told before, not a new one on its day
        sent_dates = [
            d
            for d in sent_dates
            if not (d.start <= cand.trigger[0] < d.end and (moved_from_its_deed(d) or names_the_gathering_told(d)))
        ]
        if cand.definite:
            # "لكن الاتفاق تعثر منذ ذلك الحين": the deal told before, and its stalling goes on since then
            sent_dates = [d for d in sent_dates if not since_then_at(text, d.start)]
        # "Abdel Aziz, first elected in 2009, is stepping down": the aside's year is its own deed's
        sent_dates = without_other_asides_dates(text, cand, sent_dates, all_triggers.inside(s, e))
        # "the 2003 Rose Revolution, a wave of demonstrations": the year of the name the appositive describes
        described = year_of_the_described_name(text, cand.trigger, (s, e), sent_dates) if language == "en" else None
        # "resigned after the October 2019 protests": the month is the protests' own
        sent_dates = without_other_nouns_dates(
            sent_dates, text, cand.trigger, all_triggers.inside(s, e), cand.event_type, cand.tense
        )
        if described is not None and described not in sent_dates:
            sent_dates = sorted([*sent_dates, described], key=lambda d: d.start)
        # "..., إذ قضت محكمة الثلاثاء بسجن ...": the day of the explanation's other deed
        sent_dates = outside_other_explanations(text, cand, sent_dates, all_triggers.inside(s, e))
        # "quit on Jan. 13 in protest over the name deal": the day is the quitting's, the deal told as known
        sent_dates = without_the_other_deed_s_dates(text, cand.trigger, s, cand.definite, sent_dates)
        # '"Today we are in dire need ...," he told the summit', «ابتداءً من اليوم»: the speaker's day
        sent_dates = without_quoted_relative_days(text, cand, sent_dates)
        mourned = killed_before_their_funeral(text, cand)
        if mourned:
            sent_dates = []  # "buried on Tuesday dozens of people killed by Israeli fire": the funeral's day
        recent_aside = _in_recent_aside(text, cand, [d for d in sent_dates if d.start > cand.trigger[0]])
        if recent_aside:
            sent_dates = []  # "Iran, which recently held elections, announced ... on Saturday": not Saturday's
        if a_standing_trait(text, cand, sent_dates):
            continue  # "Oman, which has mediated between Riyadh and the Houthis, said on Monday": a role
        if a_present_relative(text, cand, sent_dates):
            continue  # "Tehran, which backs the Houthis", "القواعد التي تنتشر فيها قوات": a standing state
        if an_accused_trait(text, cand, sent_dates):
            continue  # "Iran, which Gulf states accuse of arming the Houthis", "إيران المتهمة بأنها تزود": a charge describing a side
        if a_predicted_subject(text, cand, sent_dates):
            continue  # "officials said the rapprochement could help secure a truce": spoken of, not told
        if a_compound_participle(text, cand):
            continue  # "the U.S.-appointed Governing Council": a body described, no appointment told
        if a_participle_noun(text, cand, sent_dates):
            continue  # "Those targeted include ...", "the vessels attacked have no link": a noun phrase
        if told_in_a_document(text, cand) and not any(d.start > cand.trigger[1] for d in sent_dates):
            continue  # "الوصية التي سمّى فيها هيثم خلفا له": done in the document, at a time not told
        # a candidate that will be dated by the publication is dropped when weak,
        # reported or commemorated (below): those drops are tried first, as they
        # need neither its actors nor its date
        weak = cand.weight < WEAK_TRIGGER
        undated = _undated(cand, sent_dates, text, published)
        next_word = next((t.start for t in all_triggers.inside(cand.trigger[1], e)), None)
        onset = counted_onset(text, cand, sent_dates, next_word) if undated else None  # "منذ عشر سنوات"
        # a deed told as done before (not a state, a habit, a count or a topic): one deed, which
        # the catalog may know by its sides and time (`fallback_entry`)
        # the subject's own talks right before the sentence's deed («قال عقب لقائه كيري»): held that
        # day, no background merely presupposed
        own_talks = own_talks_before(text, cand)
        # "وتأتي القمة العربية بعد ساعات من ضربات وجهتها ...": an occasion the news comes hours or days
        # after, held in the days before it (`dated_as_come_after`), no deed recalled with no time
        after_the_occasion = (
            cand.background
            and cand.reference_id is None
            and cand.tense != "past"
            and comes_after(text, cand.sentence[0], cand.trigger[0], spanned=True)
        )
        told_deed = undated and not weak and (
            (cand.background and not own_talks and not after_the_occasion)
            or _recalled(text, cand.trigger[0], cand.event_type)
            or retold_own_resignation(text, cand)  # "said after his resignation that", «منذ استقالته»
            or _first_time_comment(text, s, cand.trigger[0])
            or mourned  # the killing of the dead buried: told again, or recalled
            or _described_by(text, cand)
            or _retold_in_time_clause(text, cand)
            or _after_old_setting(text, cand, mentions.references, published)
            or _under_an_old_agreement(text, cand, events, published)
            or _under_a_told_deal(text, cand, events, published)
        )
        recalled = told_deed or (undated and not weak and (
            _discussed(text, s, cand)
            or _the_grounds_of_a_charge(text, cand)
            or _a_bare_cause(text, cand)
            or _an_attack_in_words(text, cand)
            or resisted_attack(text, cand)
            or _a_count_of_campaigns(text, cand)
            or told_in_rounds(text, cand)  # "have exchanged hostages and prisoners in five rounds"
            or _a_state_undergone(text, cand)
            or (
                onset is None
                and _a_state_of_years(text, cand, next_word)
                and years_lasted(text, cand) is None  # "has besieged Gaza for ten years": dated by the count
            )
        ))
        came_after = (
            _came_days_after(text, cand, events, all_triggers.inside(s, cand.trigger[0]))
            or _days_before_retold(text, cand, events, all_triggers.inside(cand.trigger[1], e))
            or _days_after_its_sentence_s_deed(text, cand, events)  # "signed ... a day after Abiy flew into Asmara"
            if undated
            else None
        )
        led_to = talks_before(text, cand, [*events, *retold_outcomes])  # "reached after four days of talks"
        if (
            (weak or recalled)
            and undated
            and not _names_catalogued(cand, folded, catalog)
            and came_after is None
            and led_to is None
            and not (told_deed and may_fall_back(catalog, cand.event_type, published))  # see `fallback_entry`
            and not (cand.background and counted_back_from_a_day(text, cand, all_dates.inside(s, e)))  # "on Friday, two days after"
            and not (cand.background and counted_in_years(text, cand, all_dates.inside(s, e)))  # "in 2014, a year after"
            and vote_of_the_day(text, cand, events) is None  # "شهدت يوم الاقتراع مواجهات": the vote's day
        ):
            continue
        if not recent_aside and cand.reference_id is None and _in_past_aside(text, cand, sent_dates):
            continue
        if _in_a_definition(text, cand) or _flights_suspended_for_safety(text, cand) or _a_generic_kind(text, cand, sent_dates):
            continue
        if in_a_provision(text, cand):
            continue  # "The agreement also bars the use of Iraqi territory as a launch pad for attacks": a rule
        if told_as_a_trend(text, cand):
            continue  # "قلقه من تصاعد المعارك", "تراجع الهجمات": violence over a period, no attack
        if an_explosive_defused(text, cand):
            continue  # "فككت قوات الأمن عبوة ناسفة": the explosive never went off
        if _the_deal_retold(text, cand, events) or _names_no_deed(text, cand) or _a_told_truce_again(text, cand, events):
            continue
        if a_compared_period(text, cand.trigger, cand.sentence):
            continue  # "the bloodiest day since the 2014 war", "الأعنف منذ حرب 2014": the war is the baseline
        if a_compared_kind(text, cand.trigger, cand.sentence):
            continue  # "the lowest in a presidential election since 2011": any such vote, none told
        if undated and known_sanctions(text, cand):
            continue  # "قالت واشنطن إن العقوبات لا تستهدف المساعدات": the sanctions in force, no new measure
        if revived_object(text, cand):
            continue  # "جادة في إحياء الاتفاق النووي": the object of a plan, no event
        if inside_a_named_verdict(text, cand):
            continue  # 'called the raid "a bloody massacre"', «وصف الهجوم بأنه "مجزرة"»: the speaker's word
        if cand.reference_id is None and named_by_a_verdict(text, cand, events, mentions.triggers):
            continue  # 'called the fall of Assad "a fundamental act of justice"': the deed told elsewhere
        if cand.reference_id is None and reacted_object(text, cand, events, mentions.triggers):
            # "welcomed the peaceful conduct of the vote": the election told before (a catalogued
            # name, "praised the Camp David and the Oslo accords", names its own deed)
            continue
        if vote_of_a_ratification(text, cand, events):
            continue  # "Turkey's parliament ratified Sweden's bid ... NATO's chief welcomed the vote": no election
        if standing_role(text, cand):
            continue  # "وتستضيف المملكة منذ مارس ... قيادة التحالف": a role held, no visit
        if a_state_protest(text, cand, all_actors.inside(s, e)):
            continue  # "احتج العراق على الضربات التركية": a government's complaint, no crowd
        if cand.reference_id is None and _dated_only_by_citations(text, sent_dates):
            continue
        if dated_only_as_accusation(text, cand, sent_dates):
            continue  # "اتهم ... قطر السبت بتبني ... اعتداءات": Saturday is the accusation's
        attribution = find_attribution(text, s, e, trigger=cand.trigger, triggers=mentions.triggers, folded=folded)
        framed = (
            attribution is not None
            and _reported(
                text,
                attribution.cue_end,
                cand.trigger[0],
                attribution.kind == "claim",
                attribution.cue,
                cand.tense in ("past", "present", "future"),
                attribution.cue_start,
            )
            and not _after_while(text, attribution.cue_end, cand.trigger[0])
        ) or _accused(
            text, s, cand.trigger[0]
        ) or _in_a_charged_doing(text, cand) or _habitual_claim(text, cand)
        field = framed and _field_report(text, cand, attribution, weak or recalled)
        lead = framed and (
            _lead_report(text, cand, mentions.sentences, attribution, weak or recalled, [e.event_type for e in events])
            or field
        )
        # an official's report in the paragraph after the lead's, once it told deeds: goes on with its news
        # (in the lead's own paragraph, its sentences go on with it by their own links)
        after_the_news = (
            lead
            and not field
            and bool(events)
            and cand.sentence[0] >= mentions.sentences[0][1]
            and "\n" in text[mentions.sentences[0][1] : cand.sentence[0]]
        )
        # "قال إن التقاعس سمح لإيران بتزويد الحوثيين بأسلحة": an arming reported is current news
        framed = framed and not lead and not reported_arming(text, cand)
        # "وبحسب المصدر، فإن مفاوضات تجري مع الجانب التركي": talks going on as it is written
        framed = framed and not talks_under_way(text, cand)
        # "وقالت المصادر إن 7 خبراء لقوا مصرعهم في غارات": a source counting a strike's dead tells the day's news
        framed = framed and not reports_counted_dead(text, cand)
        # "officials said forces had been sent", "ذكرت القناة أن المملكة نشرت": a state's open act is the day's news
        framed = framed and not (attribution is not None and reported_state_act(text, cand, attribution, sent_actors))
        # "The statement said Jordan had nominated ...", "وأفاد البيان بأن الأردن رشحت": what the lead's
        # own statement says was done is of the lead's day, no hearsay (the statement the speaker)
        framed = framed and not (
            attribution is not None
            and takes_up_the_lead(text, cand, mentions.sentences[0], language)
            and takes_up_the_lead(
                text,
                replace(
                    cand,
                    sentence=(attribution.speaker_start, cand.sentence[1]),
                    trigger=(attribution.speaker_start, attribution.speaker_end),
                ),
                mentions.sentences[0],
                language,
            )
        )
        if (
            framed
            and undated
            and not (weak or recalled)
            and not _names_catalogued(cand, folded, catalog)
            and not _told_as_recent(text, cand)  # told as recent, the catalog may still date it
        ):
            continue
        attribution_id: str | None = "article"
        speaker_subject: ActorMention | None = None
        own_account = False  # the speaker tells what its own country or forces did
        if attribution is not None:
            speaker_start, speaker_end = attribution.speaker_start, attribution.speaker_end
            speakers = [a for a in sent_actors if a.start < speaker_end and speaker_start < a.end]
            attribution_id = speakers[0].actor_id if speakers else None
            own_account = bool(speakers) and _speaker_country_acts(text, speaker_end, attribution.cue_end, cand.trigger[0])
            if speakers and (
                pronoun_of_the_speaker(text, attribution.cue_end, cand.trigger[0], arabic=False)
                or own_account
                or _speaker_acts_ar(text, speaker_start, speaker_end, cand.trigger[0])
            ):
                speaker_subject = speakers[0]  # "Turkey said it had sent troops": the speaker acts
            elif speakers and attribution.kind == "claim" and claims_the_word(text, cand.trigger[0]):
                speaker_subject = speakers[0]  # "The Houthis claimed responsibility for the attack": the claimant did it
            elif speakers and speakers[0].kind == "country" and with_a_counterpart(text, cand, sent_actors):
                speaker_subject = speakers[0]  # "Armenia said a ceasefire with Azerbaijan had taken hold": its own
            speakers_own = bool(speakers) and on_the_speaker(text, speaker_end, cand.trigger[0])
            if speakers_own and own_talks_before(text, cand, spoken=True):
                own_talks = True
                if speaker_subject is None:
                    speaker_subject = speakers[0]  # "Pence said after talks with Erdogan": Pence held them
            if speakers and not speakers_own:
                sent_actors = [a for a in sent_actors if not (a.start < speaker_end and speaker_start < a.end)]
            # "أعلنت الرياض ... مقتل جنديين في اليمن": the speaker's city is not the event's place
            sent_places = [p for p in sent_places if not (p.start < speaker_end and speaker_start < p.end)]
            kept_places = _event_side(
                text, sent_places, attribution, cand.trigger, [(t.start, t.end) for t in all_triggers.inside(s, e)]
            )
            # "كشف في اتصال هاتفي ... من طرابلس، أنه": the capital the speaker spoke from is no party either
            spoken_from = {(p.start, p.end) for p in sent_places if p not in kept_places}
            sent_actors = [a for a in sent_actors if (a.start, a.end) not in spoken_from]
            sent_places = kept_places
            # "أكد قبل مغادرته لحضور قمة ...، أن تركيا ستتخذ ... في سنجار": a place of what was
            # said after the speaker's own event word is not where that event was (its names
            # stay: the speaker's country may be told there)
            said = said_after_own_word(text, attribution, cand.trigger, sent_places)
            if said is not None:
                sent_places = [p for p in sent_places if p.start < said]
        # "بحسب موقع إخباري أمريكي": a news outlet's nationality is no party (it may be the source)
        sent_actors = [a for a in sent_actors if not _media_nationality(text, a, outlets)]
        # "بحسب قناة الجزيرة", "a source told Reuters": the outlet is the report's channel
        # (with a noun of premises, for a strike: "a tower housing the offices of Al Jazeera")
        tenants = cand.event_type in load_war_types()
        sent_actors = [a for a in sent_actors if not as_channel(text, a, tenants)]
        # "بحسب الأمم المتحدة", "وفق ما كشفته اللجنة": the source of the report, when it names another doer
        sent_actors = [a for a in sent_actors if not as_source(text, a, sent_actors, tenants)]
        # "حصل على الجنسية البريطانية": a person's citizenship, no side of what the sentence tells
        sent_actors = [a for a in sent_actors if not _a_citizenship(text, a, cand.event_type)]
        # "سليمان أحمد، المطلوب للقاهرة": who wants a person is no side of what the sentence tells
        sent_actors = [a for a in sent_actors if not wanted_by(text, a, cand.event_type)]
        clause = _dating_clause(text[s:e], s, cand.trigger)
        aside = _aside_before(text, sent_actors, clause[0])
        if aside is not None:  # "أردوغان، حليف قطر الوثيق، زار باكو": Qatar is not where
            sent_places = [p for p in sent_places if not aside[1] <= p.start < aside[2]]
        if (
            cand.event_type == "arrest"
            and (deed := _DEED_AFTER.search(text, cand.trigger[1], e)) is not None
            and any(m.country and m.start < deed.start() for m in (*sent_actors, *sent_places))
        ):
            # "A Bahraini court jailed an activist over tweets criticising the war in Yemen": the
            # deed's names (when the sentence names the verdict's country before them)
            sent_places = [p for p in sent_places if p.start < deed.start()]
            sent_actors = [a for a in sent_actors if a.start < deed.start()]
        if cand.event_type == "protest":  # 'holding placards reading "Stop arming Saudi"'
            slogans = _slogan_start(text, cand.trigger[1], e)
            sent_actors = [a for a in sent_actors if a.start < slogans]
            sent_places = [p for p in sent_places if p.start < slogans]
        # "held the referendum despite objections from Baghdad and the United States"
        sent_actors, sent_places = without_objectors(text, sent_actors, sent_places, cand.trigger[1], e)
        # "شنت الولايات المتحدة غارات ردا على هجوم كيماوي على دوما": the response's doers
        sent_actors, sent_places = without_responders(
            text, sent_actors, sent_places, cand.trigger[0], s, cand.reference_id is not None
        )
        # "تظاهر آلاف في برلين تنديدا بالهجوم": the protesters' names are all the sentence has
        reacted_to = reactors_only(text, sent_actors, sent_places, cand.trigger[0], s)
        # "Egypt welcomed the ceasefire between Israel and Hamas": who welcomed it, not a side
        sent_actors, sent_places = without_reacting_states(text, sent_actors, sent_places, cand.trigger[0], s)
        if cand.event_type in load_war_types() and language == "ar":  # "أعلن التحالف أن الدفاع الجوي السعودي رصد صاروخين"
            sent_actors = without_reporters(text, sent_actors, cand.trigger[0], s)
        if language == "en":  # "in November 2023, weeks after the start of the Gaza war"
            sent_actors, sent_places = without_measured_settings(
                text, sent_actors, sent_places, cand.trigger[1], e, group is not None
            )
        topic = e
        if cand.event_type in load_spoken_topics()[0]:  # "after campaigning on the war in Gaza"
            topic = _spoken_topic_start(text, [*sent_actors, *sent_places], cand.trigger[1], e)
        if cand.event_type in load_topic_markers()[0]:
            topic = min(
                topic, _topic_start(text, sent_actors, cand.trigger[1], e), _talk_topic_start(text, sent_actors, cand.trigger[1], e)
            )
        if topic < e:
            # a clause that places the talks after the topic ("talks over Sudan's war in Doha")
            told = _topic_end(text, topic, e, sent_actors, sent_places)
            sent_actors = [a for a in sent_actors if not topic <= a.start < told]
            sent_places = [p for p in sent_places if not topic <= p.start < told]
        if cand.event_type in load_topic_markers()[0]:
            sent_actors, sent_places = _without_topic_countries(text, sent_actors, sent_places, cand.trigger[1])
        if cand.event_type not in load_destination_types():
            sent_actors = _outside_later_setting_actors(
                text, sent_actors, sent_places, cand.trigger, e, all_triggers.inside(cand.trigger[1], e), cand.event_type
            )
        # "severed ties with Iran on Monday and the United Arab Emirates downgraded its ties", "قطعت
        # البحرين العلاقات مع إيران وخفضت الإمارات مستوى علاقاتها": each deed's sides are its own clause's
        own_lo, own_hi = own_subject_bounds(text, cand.trigger, cand.event_type, all_triggers.inside(s, e), sent_actors, (s, e))
        if (own_lo, own_hi) != (s, e):
            sent_actors = [a for a in sent_actors if own_lo <= a.start < own_hi]
            sent_places = [p for p in sent_places if own_lo <= p.start < own_hi]
        # "قطعت علاقاتها مع قطر قبل أن تعيد العلاقات معها عام 2023": each deed's names are its own clause's
        later_clause = False
        split = before_clause_sides(
            text, cand.trigger, (s, e), all_triggers.inside(s, e), mentions.dates, sent_actors, sent_places, cand.event_type
        )
        if split is not None:
            sent_actors, sent_places, later_clause = split
        # "..., فيما خرج الآلاف في مسيرات": a protest takes no party from the clause before
        sent_actors, sent_places = _without_before_while(text, sent_actors, sent_places, cand.sentence, cand.trigger, cand.event_type)
        # ", the first vote since U.S. troops withdrew": the count's start, no party
        sent_actors, sent_places = without_names_since(text, sent_actors, sent_places, cand.sentence, cand.trigger)
        # "وانطلقت المشاورات ...، وهي الأولى منذ انهيار محادثات الكويت": the count's start, no party
        sent_actors, sent_places = without_names_of_a_later_ranking(text, sent_actors, sent_places, cand.sentence, cand.trigger)
        event_actors = _event_actors(
            text,
            sent_actors,
            cand.sentence,
            clause,
            cand.trigger,
            # "منذ أن سيطرت حماس على القطاع عام 2007": the deed of a clause of time, its own names
            (_told_as_setting(cand, language) or opens_a_clause_of_time(text, cand, sent_actors)) and not later_clause,
            cand.event_type in load_one_country_types(),
            # "وفرت مصر الوقود لغزة، بعد قطع إسرائيل الإمدادات": no side drawn from the deed before
            other_clause_after(
                text, cand.trigger, e, cand.reference_id is not None, cand.event_type, all_triggers.inside(cand.trigger[1], e)
            ),
        )
        # "ضربات جوية ضد مواقع لتنظيم الدولة": the owner of the positions struck is attacked
        aimed, event_actors, after_aim = (
            _split_aims(text, event_actors, cand.trigger) if cand.event_type in load_war_types() else ([], event_actors, [])
        )
        initiator, others = ordered_with_backers_last(text, event_actors, cand.trigger, language)
        if language == "en":  # "Pakistan expelled India's ambassador and suspended trade": Pakistan's deed
            initiator, others = subject_of_the_verb_before(text, cand.trigger, all_triggers.inside(s, e), initiator, others)
        # "وقفة احتجاجية أمام مقر القنصلية السعودية", "in front of the Saudi consulate": no doer
        initiator, others = owner_as_no_doer(text, initiator, others)
        # "Iran and Saudi Arabia agreed to restore ties after talks in Beijing": the talks' sides
        initiator, others = sides_of_setting_talks(text, cand, sent_actors, initiator, others, events)
        if may_accuse(text):  # "اتهمت الدوحة الرياض بمنع ...", "accused Riyadh of closing": the accused did it
            initiator, others = accused_as_doer(text, s, cand.trigger[0], initiator, others, sent_actors)
        if not initiator and cand.reference_id is not None:
            # "during Trump's visit to Riyadh", «خلال زيارة ترامب للرياض»: the sides inside the name
            initiator, inside = sides_inside_the_name(event_actors, cand.trigger)
            others = [*inside, *[a for a in others if a not in inside]]
        others = [*aimed, *others, *after_aim]
        if cand.event_type in load_venue_types():
            initiator, others = _without_venues(text, initiator, others)
        # "وكانت الرباط قد جمدت علاقاتها مع تل أبيب": the capital is the state that takes the measure
        initiator, others = capital_as_doer(text, cand.event_type, (s, e), cand.trigger, initiator, others, all_places.inside(s, e))
        if cand.event_type in load_war_types() and not cand.tense:  # "..., لكنها قوبلت بالرفض فبدأت العمليات"
            initiator, others = subject_of_the_sentence(text, s, cand.trigger, initiator, others, event_actors)
        if cand.event_type == "attack":
            initiator, others = _interceptor_as_target(text, s, cand.trigger, bool(cand.tense), initiator, others)
        if cand.event_type in load_war_types():  # "شمالي ليبيا", "in northern Libya": where, not who
            initiator, others = region_as_no_doer(text, initiator, others)
        # "تعرضوا لهجوم من تنظيم داعش", "قتل على يد قوات سعودية", "came under attack from IS": the attacker
        initiator, others, suffered = sufferer_parties(
            text, (s, e), cand.trigger, cand.event_type in load_war_types(), initiator, others
        )
        if told_of is not None:  # "وأحالته النيابة للتحقيق", "police arrested him": the person named before
            initiator, others = with_object(told_of, initiator, others)
        elif _PRONOUN_SUBJECT.match(text, s, cand.trigger[0]):
            # "He spoke by phone with the Qatari emir": the person the sentence before was about
            person = _last_person(all_actors.inside(*_sentence_before(mentions.sentences, s)))
            if person is not None and all(a.actor_id != person.actor_id for a in initiator + others):
                initiator, others = [person], initiator + others
        elif group is not None:
            # "The group began attacking merchant ships", "the Gulf state": the actor named before
            if all(a.actor_id != group.actor_id and a.country != group.country for a in initiator + others):
                initiator, others = [group], initiator + others
        elif speaker_subject is not None:
            if all(a.country != speaker_subject.country for a in initiator):
                initiator, others = [speaker_subject], initiator + others
        elif (
            language == "en"
            and (titled := load_title_subjects().match(text, s, cand.trigger[0]))
            and not _SAYING.search(text, titled.end(), cand.trigger[0])
        ):
            # "The crown prince visited Egypt": the holder of the office named before
            holder = _title_holder(text, all_actors.inside(0, s), titled.group(1).lower())
            if holder is not None and all(a.country != holder.country for a in initiator):
                initiator, others = [holder], initiator + others
        initiator, others = giver_first(text, initiator, others, cand.event_type, cand.trigger)  # "يتزودون بصواريخ من إيران"
        # "air strikes by Syrian and Russian warplanes", "شنت السعودية والإمارات غارات": both struck
        initiator, others = co_doers_first(text, cand.event_type, (cand.trigger, cand.trigger_text, bool(cand.tense)), initiator, others)
        if cand.event_type not in load_destination_types():
            sent_places = [p for p in sent_places if not _sent_there(text, p, cand.trigger, cand.event_type, all_triggers.inside(s, e))]
        if cand.event_type not in load_destination_types() | load_target_place_types():
            sent_places = _without_partner_capitals(text, sent_places, sent_actors)
        sent_places = _without_circumstance_places(text, sent_places, cand.trigger, all_triggers.inside(s, e))
        sent_places = without_capital_stances(text, sent_places, sent_actors)  # "pledged Washington's support"
        if cand.event_type in load_destination_types():
            sent_places = _without_title_countries(text, sent_places)
        sent_places = _without_actor_homes(text, sent_places, sent_actors)
        sent_places = _without_office_countries(text, sent_places, [*initiator, *others])
        sent_places = _without_listed_doers(text, sent_places, sent_actors, cand.trigger)
        sent_places = _inside_relative_clause(text, sent_places, cand.trigger, cand.sentence)
        if (seen := witnessed_places(text, all_places.inside(s, e), cand.trigger, cand.sentence)) is not None:
            sent_places = seen  # "Kyrgyzstan, which saw protests in March": where it saw them
        sent_places = without_terms_places(text, sent_places, cand.trigger, e)
        sent_places = without_topic_places(text, sent_places, cand.trigger, e, cand.event_type)  # "الاتفاق بشأن إدلب"
        sent_places = without_document_names(text, sent_places, cand.trigger)  # "signed the Jerusalem Declaration"
        sent_places = _outside_later_coordinate(text, sent_places, cand.trigger, e, all_triggers.inside(cand.trigger[1], e))
        if cand.event_type not in load_venue_types():  # "launched strikes after a bombing in Istanbul"
            sent_places = _outside_cause_clause(
                text, sent_places, cand.trigger, e, all_triggers.inside(cand.trigger[1], e), sent_actors, cand.event_type
            )
        sent_places = _outside_earlier_deed(text, sent_places, cand.trigger, s, all_triggers.inside(s, cand.trigger[0]))
        sent_places = own_clause_places(text, sent_places, cand.trigger, cand.sentence, mentions.triggers, mentions.places)
        sent_places = _without_signing_places(text, sent_places, cand.trigger, e, cand.event_type)
        sent_places = without_requesters(text, sent_places)  # "at Baghdad's request": who asked, not where
        # "contingents from Belarus": where they came from (a traveller's origin, what a closure keeps
        # out and an attack's fire from a place are read on their own)
        from_origins = cand.event_type not in load_travel_types() and not _closure(cand.trigger_text)
        fired_reach = _FIRED_FROM_REACH if cand.event_type in load_war_types() else 0
        if from_origins:
            sent_places = without_origins(text, sent_places, cand.trigger, fired_reach)
        sent_places = without_envoy_posts(text, sent_places, cand.event_type)  # "استدعت سفيرها لدى تل أبيب"
        sent_places = without_protest_targets(text, sent_places, cand.event_type)  # "هتافات معادية لواشنطن"
        sent_places = without_givers(text, sent_places, cand.event_type, [*initiator, *others], cand.trigger)  # "أرسلت السعودية مساعدات"
        sent_places = without_speaker_places(text, sent_places, initiator)  # "The United States ... said Moscow had moved"
        sent_places = without_backer_places(text, sent_places, cand.event_type, [*initiator, *others])  # "بدعم من روسيا"
        place = _pick_place(
            sent_places
            if cand.event_type in load_destination_types()
            else _outside_later_setting(text, sent_places, sent_actors, cand.trigger, e, all_triggers.inside(cand.trigger[1], e)),
            cand.trigger,
            clause,
            initiator,
            sent_actors,
            text,
            cand.event_type in load_destination_types(),
            [(t.start, t.end) for t in all_triggers.inside(s, e)],
            named_from,
        )
        if (
            place is not None
            and place.precision == "country"
            and cand.event_type in load_war_types()
            and place.end <= cand.trigger[0]
            and not suffered
            and _striker_before(text, place, cand, [*initiator, *others], all_triggers.inside(cand.trigger[1], e))
        ):
            # "وكانت الولايات المتحدة قد شنت ضربات جوية استهدفت نظام الأسد": the side that
            # struck, named as a country before the event word, is not where; the target's
            # country, named after it, is
            initiator, others = _striker_first(place, initiator, others)
            # ("Saudi Arabia and the United Arab Emirates began their offensive": both struck)
            initiator, others = co_doers_first(text, cand.event_type, (cand.trigger, cand.trigger_text, bool(cand.tense)), initiator, others)
            # (where the fire fell, when a preposition places it after the word: "carried out strikes
            # against Houthi targets in Yemen")
            place = _struck_in_after(text, place, cand, sent_places, [*initiator, *others], all_triggers.inside(cand.trigger[1], e))
        elif (
            place is not None
            and cand.event_type in load_war_types()
            and not suffered
            and (struck := _struck_in_after(text, place, cand, sent_places, [*initiator, *others], all_triggers.inside(cand.trigger[1], e)))
        ):
            place = struck  # "Iran fired missiles at two military bases in Iraq": where the fire fell
        elif (
            place is not None
            and cand.event_type in load_war_types()
            and not suffered
            and (abroad := struck_abroad(text, place, cand, sent_places, initiator, clause, all_triggers.inside(cand.trigger[1], e)))
        ):
            place = abroad  # "launched strikes on Kurdish groups in northern Iraq, as authorities in Tehran ..."
        place, fired_from = _not_fired_from(
            text, cand, sent_places, initiator, place, [(t.start, t.end) for t in all_triggers.inside(s, e)]
        )
        aimed = aimed_place(
            text,
            cand,
            all_places.inside(s, e),
            all_actors.inside(s, e),
            [(t.start, t.end) for t in all_triggers.inside(s, e)],
            mentions.actors,
            gazetteer,
            place,
        )
        if aimed is not None:
            # "صاروخ أطلق من غزة باتجاه إسرائيل": where the fire was aimed; where it came from is a side
            place, fired_from = aimed[0], None
        if place is not None and cand.event_type in load_venue_types():
            # "Iran reopened its embassy in Saudi Arabia": where it was held, not the side that acts
            place = stated_venue(text, place, sent_places, [*initiator, *others], cand.trigger, clause) or place
        sent_to = None
        if cand.event_type in ("deployment", "aid"):
            # "أعلن بدء إرسال قوات تركية إلى ليبيا": where the troops or the aid were sent
            destination = destination_after(text, sent_places, cand.trigger, None)
            if destination is not None and (place is None or place.country != destination.country):
                place = destination
            sent_to = None if authorised(text, cand.trigger) else destination
        if cand.event_type == "visit":
            place = (
                _visited_object(text, sent_places, cand.trigger)
                or _visited_country(text, sent_places, cand.trigger, cand.trigger_text, place)
                or destination_after(text, sent_places, cand.trigger, place)
                or place
            )
            initiator, others = _visitor_first(initiator, others, place)
        # (a sea named in a later clause of another event word is that event's: "sent troops to Saudi
        # Arabia in October, and a coalition began escorting ships through the Strait of Hormuz")
        own_end = later_coordinate_word(text, cand.trigger, e, all_triggers.inside(cand.trigger[1], e)) or cand.sentence[1]
        at_sea = _at_sea(text, (cand.sentence[0], own_end), cand.event_type, place, cand.trigger)
        if at_sea:
            place = None  # a place named farther from the event word than its sea is another event's
        passing = catalog.get(cand.reference_id) if cand.background and cand.reference_id is not None else None
        if passing is not None:
            # a catalogued event told in passing: the sentence's parties and place are
            # its own event's; only those of the catalogued event's countries stay
            own = set(passing.countries)
            initiator = [a for a in initiator if a.country in own or own & set(a.members)]
            others = [a for a in others if a.country in own or own & set(a.members)]
            if place is not None and place.country not in own:
                place = None
        ordered = initiator + others
        actor_ids = _unique(a.actor_id for a in ordered)
        countries = _countries_of(ordered)
        if passing is not None:
            countries = _unique([*countries, *passing.countries])
        if place is not None and place.country not in countries:
            countries.append(place.country)
        if aimed is not None and aimed[1] is not None and aimed[1] not in countries:
            countries.append(aimed[1])
        if not countries and cand.reference_id is not None:
            entry = catalog.get(cand.reference_id)
            countries = list(entry.countries) if entry is not None else []
        if not countries and pair:
            countries = list(pair)
        elif pair is None and len(countries) < 2:
            # "The two countries agreed ... after the earthquakes in Turkey": the pair is the subject
            countries = _unique([*(_pair_before_word(text, cand, events) or ()), *countries])
        if pair is None and countries and (joint := _pair_as_subject(text, cand, events)) is not None:
            # "وكان الرئيسان قد تصافحا ... ثم التقيا في نيودلهي": the pair told before is who met
            countries = _unique([*joint, *countries])
        if pair is None and len(countries) == 1 and (between := pair_between(text, cand, events)) is not None:
            # "Iraq had hosted five rounds of talks between the two countries": the pair told before, and the host
            countries = _unique([*between, *countries])
        countries = sides_of_the_war(text, cand.event_type, ordered, countries, events)
        if pair is None and not any(a.country or a.members for a in ordered):
            # "A ceasefire was signed in Geneva": the venue, beside the sides of the fighting told just before
            war_sides = sides_told_just_before(cand.event_type, _sentence_before(mentions.sentences, s), events)
        if war_sides:
            # the truce's sides, and the place its sentence names; not names borrowed from further back
            if place is not None and not sent_places and place.country not in war_sides:
                place = None
            countries = _unique([*war_sides, *([place.country] if place is not None and place.country else [])])
        if (
            not countries
            and not at_home
            and cand.reference_id is None
            and (_at_home(cand, text) or onset_with_its_date(text, cand, all_dates.inside(s, e)))
        ):
            # every name was another's ("after campaigning on the war in Gaza", "at a border post
            # with Tunisia"): a domestic deed takes place in the country the article is about; so
            # does a war told breaking out on a day of its own ("the war erupted on April 15"),
            # else in the one country its sentence names ("when Abiy sent troops into Tigray")
            if home is False:
                home = _home_country(home_names, dateline[1] if dateline is not None else 0)
            at_home = home if isinstance(home, str) else None
            if at_home is None and not _at_home(cand, text):
                named_countries = {m.country for m in (*named[0], *named[1]) if m.country}
                at_home = named_countries.pop() if len(named_countries) == 1 else None
        crowd_home: str | None = None
        if crowd_at_home(cand, place, sent_places, ordered):
            # "mobbed by angry residents who chanted as he walked": the crowd's own country
            if home is False:
                home = _home_country(home_names, dateline[1] if dateline is not None else 0)
            if isinstance(home, str):
                crowd_home = home
                countries = _unique([*countries, home])
        if (deal := deal_told_before(text, cand, ordered, events)) is not None:
            # "بعد عشرة أيام من موافقة مجلس النواب على الاتفاقية": the parties of the agreement told before
            countries = _unique([*countries, *deal])
        if not countries and not at_home:
            # "ورغم توقيع بيان العلا خلال القمة الخليجية": the summit's parties are the declaration's
            countries = sides_of_the_named_deed(text, cand, all_references.inside(s, e), catalog)
        if not countries and at_home:
            countries = [at_home]
        if not countries and cand.reference_id is None and in_the_bare_capital(text, cand):
            # "MOGADISHU (Reuters) - Somalis marched ..., four days after a truck bomb in the capital
            # killed 300 people": every name was the other deed's; the capital is the story's own
            if home is False:
                home = _home_country(home_names, dateline[1] if dateline is not None else 0)
            capital = the_bare_capital_of(
                text,
                cand,
                home if isinstance(home, str) else None,
                all_places.inside(*dateline) if dateline is not None else [],
                gazetteer,
                all_dates.inside(s, e),
                _named_counts(home_names, dateline[1] if dateline is not None else 0),
                all_triggers.inside(s, e),
            )
            countries = [capital.country if isinstance(capital, PlaceMention) else capital] if capital else []
        if (
            not countries
            and (
                cand.definite
                or named_as_another(text, cand.trigger)
                # "the worst since the 50-day war of 2014, in which ...": the war of the sides compared
                or a_described_compared_period(text, cand.trigger, cand.sentence)
            )
            and cand.reference_id is None
        ):
            # "واندلعت المواجهات في 29 سبتمبر، غداة الزيارة التي قام بها شارون": the clashes told
            # before, though the sentence's names are those of another clause
            same = next((ev for ev in reversed(events) if ev.event_type == cand.event_type), None)
            named_here = {m.country for m in (*all_actors.inside(s, e), *all_places.inside(s, e)) if m.country}
            # not when the sentence's other clauses name only other states («غداة الانقلاب الذي نفذه البرهان»)
            if same is not None and (not named_here or named_here & set(same.countries)):
                countries = list(same.countries)
        if not countries and cand.event_type in (load_home_types() | load_lead_home_types()) and cand.reference_id is None:
            # "Sudan's Prime Minister Hamdok resigned on Sunday, six weeks after he was reinstated":
            # a domestic deed of a clause naming no country, in a sentence naming one alone
            countries = sentence_s_one_country(all_actors.inside(s, e))
        if not countries:
            continue
        received_home = False
        # "received Venezuela's Maduro": the place names the guest's country (`named_in_the_possessive`)
        possessive = cand.event_type == "meeting" and named_in_the_possessive(text, place)
        if (
            cand.event_type == "meeting"
            and cand.cameo != PHONE_CALL
            # "restored ties after the Gulf summit in AlUla": not their host ("said after talks with
            # Erdogan in Ankara": the speaker's own talks, at his host's)
            and not (cand.background and cand.circumstance and not own_talks)
            and not on_the_sidelines(text[s:e])  # "على هامش أعمال الجمعية العامة": talks at a gathering
            and not named_as_a_meeting(text, cand)  # "استقبل السراج في إسطنبول، في لقاء لم يعلن عنه"
            and (
                (
                    not possessive
                    and (
                        _is_hosted(initiator, hosting := [a for a in others if not qualifies_the_place(text, a, place)], place)
                        or _is_received(cand.cameo, initiator, hosting, place)
                    )
                )
                or (received_home := received_at_home(text, (s, e), cand.cameo, initiator, others, place, possessive))
                or received_abroad(text, cand.trigger[0], cand.cameo, initiator, place)
            )
            # (a visit is an official's: "a Jordanian-Syrian technical committee held a meeting in Amman" stays a meeting)
            and _official(text[s:e], ordered)
        ):
            cand = replace(cand, event_type="visit", cameo=CAMEO_BY_TYPE["visit"])
            if received_home:
                initiator, others = guest_first(initiator, others)  # the guest visits, the host is visited
                if possessive:
                    place = None  # the guest's country, no venue
        if (
            cand.event_type == "visit"
            and cand.reference_id is None
            and not _official(text[s:e], ordered)
            and not names_a_titled_person(text, s, e)  # "Lien arrived in Nanjing", after "opposition leader Lien Chan"
        ):
            continue  # "طلبة يمنيون يزورون مقبرة", "he visited a zoo": a private trip, not an official's visit
        # "إيقاف 9 مهربين", "arrested dozens of protesters": no named person, so no event, but
        # what retells it later ("the trial") is the same one and goes with it
        crowd = (
            cand.event_type == "arrest"
            and cand.reference_id is None
            and _unnamed_crowd(text, cand.trigger, (s, e), ordered, all_triggers.inside(s, e), cand.tense)
        )
        event = Event(
            event_id="",
            article_id=article.id,
            event_type=cand.event_type,
            cameo=cand.cameo,
            date=None,
            date_precision=None,
            date_basis=None,
            title="",
            quote=text[s:e],
            trigger=cand.trigger_text,
            actors=actor_ids,
            actor1=initiator[0].actor_id if initiator else None,
            actor2=others[0].actor_id if others else None,
            attribution=attribution_id,
            countries=countries,
            language=language,
            published=published,
            published_estimated=article.published_estimated,
            reference_id=cand.reference_id,
        )
        made.append(event)
        if event.actor1 is None and len(countries) == 1 and by_bare_forces(text, cand):
            # "Security forces killed 12 protesters": the forces of the state where it was done
            event.actor1 = countries[0]
            event.actors = _unique([countries[0], *event.actors])
        if event.actor2 == event.actor1:
            event.actor2 = next((a for a in actor_ids if a != event.actor1), None)
        if initiator and others and (target := co_doer_as_target(text, cand.event_type, cand.trigger_text, initiator[0], others, ordered)) is not None:
            # "شنّت الولايات المتحدة وفرنسا غارات جوية على سوريا": France strikes with the United States
            event.actor2 = target or None
        # "وتم القبض على عدد من رجال الدين، أبرزهم سلمان العودة": the person named after the word is
        # held (its roles only: where it was done is read from the sentence's order as before)
        holder, held = held_person_as_target(cand.event_type, cand.trigger, initiator, others, language, cand.tense)
        if holder != initiator:
            event.actor1 = holder[0].actor_id if holder else None
            event.actor2 = held[0].actor_id if held else None
        spans: dict = {"quote": [s, e], "trigger": list(cand.trigger), "date": None, "actors": {}}
        for a in ordered:
            spans["actors"].setdefault(a.actor_id, []).append([a.start, a.end])
        if place is not None:
            spans["location"] = [place.start, place.end]
        if context is None:
            context = _article_countries(mentions)
        own_countries = list(event.countries)
        listed = _date_event(event, cand, sent_dates, catalog, text, spans, folded, clause, context)
        if cand.reference_id is None and not listed:
            # "أطلقت عملية "درع الربيع" في الأول من آذار، ... وأسقطت طائرتين": the name's day
            date_by_the_name(event, text, all_references.inside(s, e), sent_dates, catalog, spans)
        if recent_aside and event.date_basis == "publication":
            continue  # told as recent in an aside, and no catalogued event of the days before
        if told_of is not None and event.date_basis == "publication" and cand.reference_id is None:
            catalogued_by_object(event, told_of, cand.trigger_text, catalog)
        as_re_election(event, cand, text, catalog, context)
        if cand.reference_id is None and _catalogued_without_a_side(
            event, _outside_catalogued_names(ordered, mentions.references, s, e), pair, catalog
        ):
            listed = _not_catalogued(event, own_countries)
            _date_by_fronted(event, text, cand, sent_dates, spans)
            if event.date_basis == "publication" and (aside := date_in_participle_aside(text, cand.trigger, e, sent_dates, measure=True)):
                # "Israel's blockade of the Gaza Strip, imposed in 2007, stays in place": the aside's time
                event.date, event.date_precision, event.date_basis = aside.value, aside.precision, aside.basis
                spans["date"] = [aside.start, aside.end]
        if event.date_precision == "year" and event.date_basis == "explicit" and _told_with_its_year(text, cand.trigger, cand.tense):
            _catalogued_day_of_its_year(event, catalog, folded, context)
        if event.date_precision == "year" and event.date_basis == "explicit" and _named_with_its_year(text, cand.trigger):
            # "the 2011 uprisings, which began ... in December 2010": when it began
            date_by_its_beginning(event, text, cand, sent_dates, spans, language)
        # "the talks between the two sides, which began on Oct. 25": when they began
        date_undated_by_its_beginning(event, text, cand, sent_dates, spans, language)
        if cand.reference_id is None:
            date_by_approximate_day(event, text, catalog, spans)  # "ومنذ انتزاع القوات المدينة قبل أكثر من أسبوع"
        if (lead or (framed and own_account and told_as_done(text, cand))) and event.date_basis == "publication":
            # a report past the lead in which a state tells its own forces' deed ("Azerbaijan said on
            # Sunday that its forces had captured Shusha", «وقالت أذربيجان الأحد إن قواتها قصفت»): the
            # doer's own account, of the day of its saying, no hearsay
            _date_by_saying(event, cand, sent_dates, spans, attribution)
        if event.date_basis == "publication" and cand.reference_id is None:
            date_by_the_saying_time(event, text, cand, sent_dates, spans)  # "وأعلن الجيش في فبراير أن طائراته قصفت"
            # "The Pentagon announced in October that it was sending 3,000 more troops"
            date_by_the_english_saying_time(event, text, cand, sent_dates, spans)
        if event.date_basis == "publication" and cand.reference_id is None:
            date_of_the_deed_during(event, text, cand, sent_dates, spans)  # "signed in April 2016, during a visit"
        if cand.reference_id is None:
            date_by_ongoing_announcement(event, text, cand, sent_dates, spans)  # "announced on Tuesday that it was cutting"
            # "in 2014, and ... intervened the following year"; "in 2019 for restoring ties the year before"
            before = _sentence_before(mentions.sentences, s)
            date_by_the_following_year(event, text, cand, sent_dates, spans, (before, all_dates.inside(*before)))
            if event.date_basis == "publication":  # "responded with air strikes over the following days"
                date_by_the_following_span(event, text, cand, sent_dates, spans, (before, all_dates.inside(*before)))
            date_counted_in_years(event, text, cand, sent_dates, spans)  # "in June 2012, a year after the uprising"
        if event.date_basis == "publication" and cand.background:
            _date_days_before(event, cand, text, events, spans)
        if event.date_basis == "publication":
            date_by_the_act_followed(event, cand, text, events, spans, sent_dates)  # "استقالتها أمس، ولحق بها وزير البيئة"
        date_by_the_day_of_a_deed(event, cand, text, mentions.triggers, events, spans)  # "on the day of the invasion"
        if cand.reference_id is None and (event.date_basis == "publication" or spans.get("date") is not None):
            date_counted_back(event, text, cand, sent_dates, spans)  # "on Tuesday, a day after jihadists launched"
            date_by_years_lasted(event, text, cand, spans)  # "has besieged Gaza for twelve years"
        if cand.reference_id is None:
            date_counted_forward(event, text, cand, sent_dates, spans)  # "flew to Moscow a week after ... on Feb. 27"
            # "launched air strikes a day after the October 7 attack": the catalog's day and the count
            date_counted_after_catalogued(event, text, cand, mentions.references, spans)
            # "protested two days after the strike", told before with a day of its own: that day and the count
            date_counted_after_told(event, text, cand, all_triggers.inside(s, e), events, spans)
        if event.date_basis == "publication" and led_to is not None:
            date_by_the_outcome(event, led_to, spans)
        # a deed after "after" kept beside its sentence's event, or the only one of a sentence whose
        # dated clause tells none ("was forced to leave Syria in October 1998 after Turkey massed troops")
        if event.date_basis == "publication" and (cand.background or cand.circumstance) and cand.reference_id is None and language == "en":
            _date_by_the_year_after(event, cand, text, sent_dates, spans, language, coarse_only=not cand.background)
        if event.date_basis == "publication" and came_after is not None:
            _date_before_told(event, text, cand, came_after, spans)
        if event.date_basis == "publication" and language == "en":
            before = _sentence_before(mentions.sentences, s)
            _date_as_sequel(event, text, cand, before, all_dates.inside(*before), spans)
        if similar_to(event, text, cand, events) is not None:
            continue  # «وشهدت مدن وهران وعنابة مسيرات مماثلة»: the wave told before, one event
        if cand.reference_id is None:
            _date_by_since(event, text, cand.trigger[0], sent_dates, spans)  # "closed since 1994, after an attack"
            date_by_since_clause(event, text, cand.trigger[:2], sent_dates, spans, mentions.references)  # "since Hamas seized ... in 2007"
            date_by_counted_onset(event, onset, spans)  # "تفرض حصارا منذ عشر سنوات"
            _date_by_wake_cause(event, text, cand.trigger[0], sent_dates, spans)  # "arrested in 2019, after protests"
            date_since_catalogued(event, text, cand, mentions.references, spans)  # "since the October 7 attack"
            date_after_catalogued(event, text, cand, mentions.references, spans)  # "launched its offensive after the October 7 attack"
        if event.date_basis == "publication" and cand.reference_id is None:
            _date_on_the_eve(event, text, cand, events, spans)
            date_by_the_talks(event, text, cand, sent_dates, spans)  # "agreed after talks in Ankara on Wednesday"
            date_after_dated_deed(event, text, cand, sent_dates, spans)  # "protested after it was announced in September"
            date_after_fronted_deed(event, text, cand, sent_dates, spans)  # "After the February earthquake, the UAE sent"
            date_after_which(event, text, cand, all_dates.inside(s, e), spans)  # "the February 6 earthquake, after which ... flew aid"
            date_before_dated_deed(event, text, cand, sent_dates, spans)  # "announced it on Tuesday after the cabinet approved"
            date_counted_before_the_news(event, text, cand, sent_dates, spans)  # "came a month after soldiers ousted"
            date_by_its_document(event, text, cand, sent_dates, spans)  # "adopted resolution 1973, which tightened sanctions"
        if event.date_basis == "publication" and cand.reference_id is None and language == "ar":
            # "وبعد ساعات من بدء الهدنة، استهدف التحالف ...": hours after the truce's day
            date_after_measured_opener(event, text, cand, events, all_triggers.inside(s, e), spans, sent_dates)
        if event.date_basis == "publication" and cand.reference_id is None:
            # "Hours after the Americans landed, the Treasury imposed ...": the day of the news told before
            date_hours_after_the_news(event, text, cand, all_dates.inside(0, s), event.published, spans)
        if event.date_basis == "publication" and cand.reference_id is None and language == "ar":
            _date_by_explanation(event, text, cand, all_triggers.inside(s, e), sent_dates, spans)
            date_by_the_day_witnessed(event, text, cand, sent_dates, spans)  # "وشهدت المدينة يوم الخميس ...، إذ قتل"
        if (
            event.date_basis == "publication"
            and cand.reference_id is None
            and (not sent_dates or dates_after_the_closer(text, cand, sent_dates))
        ):
            _date_in_the_wake(event, text, cand, all_triggers.inside(s, e), events, spans)
        if event.date_basis == "publication" and cand.reference_id is None and sent_dates:
            day_of_the_dated_wake(text, cand, sent_dates, spans, event)  # "إثر الانقلاب الذي نفذه البرهان في 25 أكتوبر"
        if event.date_basis == "publication" and cand.reference_id is None and (
            audience := day_of_its_audience(text, cand.trigger, sent_dates)
        ):
            # "أدى اليمين أمام أنصاره الذين احتشدوا أمس": the day the crowd stood there
            event.date, event.date_precision, event.date_basis = audience.value, "day", audience.basis
            spans["date"] = [audience.start, audience.end]
        if not sent_dates and cand.reference_id is None:
            # "On the day of the Kirkuk attack, Iran began drills": the attack's day the words name,
            # before any day of the news the sentence before gives
            date_on_polling_day(event, text, cand, events, spans, ("attack",))
        if (
            event.date_basis == "publication"
            and cand.reference_id is None
            and language == "ar"
            and all(d.value > (published or "") for d in sent_dates)
        ):
            before = _sentence_before(mentions.sentences, s)
            # "وقررت الإمارات": another state's deed (not "الهدنة", the truce told before, named again)
            doing = (frozenset(_countries_of(initiator)) if not cand.definite else frozenset(), doers)
            date_as_continued(event, text, cand, before, events, spans, doing, all_dates.inside(*before))
        if event.date_basis == "publication" and cand.reference_id is None and no_recent_day(sent_dates, published):
            # "وشارك في القمة ...": the summit an earlier sentence told held "أمس الثلاثاء"
            back = _sentences_back(mentions.sentences, s, all_dates)
            date_by_the_gathering_told(event, text, cand, back, spans)
        if event.date_basis == "publication" and cand.reference_id is None and not sent_dates:
            back = _sentences_back(mentions.sentences, s, all_dates)
            if language == "ar":
                # "وكان الأمير قد وصل إلى مطار العلا قبيل انطلاق القمة": the day the summit was told held
                date_before_the_gathering(event, text, cand, back, spans)
            # "التقى ... على هامش القمة", "met on the sidelines of the summit": the summit's day
            date_at_the_gathering(event, text, cand, back, spans)
        # "ألقت بالتزامن مع الضربات آلاف الحصص الغذائية": the day of the strikes told before
        date_by_the_coincident_deed(event, text, cand, all_triggers.inside(s, e), events, spans)
        if cand.reference_id is None and language == "ar":
            date_as_witnessed(event, text, cand, events, spans)  # "الاجتماع ... الذي شهد توقيع اتفاقيات"
        if event.date_basis == "publication" and cand.reference_id is None and language == "en" and not sent_dates:
            # "They signed three agreements.": on the day the sentence before gives its news
            before = _sentence_before(mentions.sentences, s)
            date_as_continued_en(event, text, cand, before, (all_dates.inside(*before), events), spans)
            # "Before the ceremony, Mr Trump held meetings": the day of the occasion told before
            date_by_the_occasion(event, text, cand.sentence, mentions.sentences, mentions.dates, spans)
        if event.date_basis == "publication" and cand.reference_id is None and language == "en":
            # "Algeria has cut ties with Morocco. The minister announced the decision on Tuesday."
            after = sentence_after(mentions.sentences, s)
            date_by_a_later_anaphor(event, text, after, all_dates.inside(*after), spans)
            # "Diab has announced the resignation ... Diab said in a televised address on Monday evening"
            date_by_a_later_speech(event, text, after, all_dates.inside(*after), spans)
        retold_at = None
        # the day of a dateline ("PRETORIA, Nov 3 (AFP) -") dates the filing, as the publication does
        filed_day = dateline is not None and (span := spans.get("date")) is not None and dateline[0] <= span[0] and span[1] <= dateline[1]
        if (event.date_basis == "publication" or filed_day) and cand.reference_id is None:
            # "have signed a deal. The declaration was signed on Saturday": the deed told again, with its day
            after = sentence_after(mentions.sentences, s)
            is_verb = cand.tense == "past"
            retold_at = date_by_a_retelling_verb(
                event, text, cand.sentence, cand.trigger[:2], is_verb, after, all_dates.inside(*after), spans, filed_day
            )
            if retold_at is not None:
                retold_verbs[retold_at[0]] = event.event_type
        if not sent_dates and cand.reference_id is None:
            # "وجاء ذلك خلال قمة ...", "The decisions came hours after ...": on the day the sentence before gives
            # (the day a dateline gives is the filing's, never the news taken up)
            before_dates = [d for d in all_dates.inside(*_sentence_before(mentions.sentences, s)) if not _in_dateline(d, dateline)]
            date_by_what_it_takes_up(event, text, cand, before_dates, spans)
        if not sent_dates and cand.reference_id is None:
            # "شهدت يوم الاقتراع مواجهات", "clashed on polling day": on the day of the vote told before
            date_on_polling_day(event, text, cand, events, spans)
        if not sent_dates and cand.reference_id is None:
            # "وتزامنت المراسم مع إطلاق صاروخين": at the time of the deed the sentence before told
            date_as_coincident(event, text, cand, _sentence_before(mentions.sentences, s), events, spans)
        if not sent_dates and cand.reference_id is None:
            # "Several Gulf allies later also cut relations": after the dated event of the sentence before
            date_as_later(event, text, cand, _sentence_before(mentions.sentences, s), events, spans)
        # "After Saied's announcement, crowds took to the streets": on the day of the announcement told
        # before, the crowds that answered the news, not the day's rally told before them
        if (
            not sent_dates
            and cand.reference_id is None
            and date_after_announcement(event, text, cand, mentions.sentences, all_dates.inside(0, s), spans)
        ):
            acts.add(id(event))
        if event.date_basis == "publication" and cand.reference_id is None and language == "en":
            # "in August 2020, when soldiers detained President Keita, who resigned hours later"
            date_hours_later(event, text, cand, all_dates.inside(s, e), spans)
        if not sent_dates and cand.reference_id is None and language == "ar":
            # "وتضمنت الأوامر الملكية إعفاء ...": on the day of the decree told issued before
            date_by_the_decree(event, text, cand, _sentences_back(mentions.sentences, s, all_dates), spans)
        if event.date_basis == "publication" and cand.reference_id is None and _days_before_unknown(event, cand, text, events, spans):
            continue  # "وقال أردوغان، بعد يوم من اجتياح قواته عفرين، إن": not the publication's day
        if (
            event.date_basis == "publication"
            and cand.reference_id is None
            and cand.tense != "past"  # "The verdict comes after he was convicted": a step of the same proceedings
            and comes_after(text, cand.sentence[0], cand.trigger[0])
        ):
            come_after.add(id(event))  # "ويأتي ذلك بعد لقاء ... في موسكو": held in the days before the news
        if cand.reference_id is None and date_as_the_followed(event, text, cand, events, spans):
            # "ولحق بهم اللواء فوزي في زيارة نادرة": a deed of its own, at the time of the trip it followed
            follower = id(event)
        if event.date_basis == "publication" and cand.reference_id is None:
            # "انتخب المجلس أمس العماد ... في جلسة تخللتها ثلاث دورات اقتراع": the verb's day
            # (not across ", and" to a deed under way with a subject of its own: `outside_the_clause_before`)
            date_by_its_verb(event, cand, all_triggers.inside(s, e), outside_the_clause_before(text, sent_dates, cand.trigger, (s, e)), spans)
            # "resigned on Sunday hours before the rebels signed a deal": the day told before the phrase
            date_by_the_hours_clause(event, text, cand, sent_dates, spans)
        if event.date_basis == "publication" and cand.reference_id is None:
            # "Palestinians took to the streets in the days that followed", after a sentence of August
            before = _sentence_before(mentions.sentences, s)
            date_by_the_narrative(
                event, events, cand.tense, text, cand.sentence, mentions.sentences, all_dates.inside(*before), spans,
                sent_dates, cand.trigger[0],
            )
        if event.date_basis == "publication" and cand.reference_id is None:
            # "وشنت القوات الجوية مساء اليوم نفسه غارات", after an attack the catalog dates
            date_as_the_day_told_before(
                event, text, cand, events, all_dates.inside(s, e), spans, _sentence_before(mentions.sentences, s)
            )
            # "agreed to normalise relations in a phone call between Trump, Burhan and Netanyahu"
            date_as_the_occasion(event, text, cand, events, spans)
        if _after_publication(event):
            continue  # "the elections set for 12 May", told on 9 May: it has not happened
        passive = passive_suspension(text, cand, ordered) if cand.reference_id is None else None
        if passive is False:
            continue  # "the mayor had already been suspended": no state suspended
        if event.event_type == "sanctions" and cand.reference_id is None and len(event.countries) < 2 and _closure(cand.trigger_text):
            # "Saudi Arabia suspended flights to Toronto": the foreign state the closed way leads to is its target
            event.countries = _unique([*event.countries, *closed_ways_to(text, cand, all_places.inside(s, e), event.countries)])
        if (
            event.event_type == "sanctions"
            and cand.reference_id is None  # a catalogued measure names its target in the catalog
            and len(event.countries) < 2
            and _closure(cand.trigger_text)
            and not (event.countries and (passive or membership_measure(text, cand)))  # "ECOWAS suspended Guinea"
            and not any(
                (_is_target(text, a) or _international_body(a))
                and not _CLAUSE_BETWEEN.search(text, min(a.end, cand.trigger[0]), max(a.start, cand.trigger[1]))
                for a in ordered
            )
        ):
            # "أغلقت السلطات مطار صلالة", "Iraq closed its borders for the vote": no party it
            # targets ("إغلاق الحدود البرية الوحيدة لقطر" names the one it does; a party of
            # another clause, "الانتصار على تنظيم داعش، وسط إجراءات شملت إغلاق المطارات", does not)
            continue
        if cand.reference_id is None and _dated_by_the_commemoration(event, text, cand.trigger[0], published):
            continue
        if event.event_type == "meeting" and absent_from(text, cand):
            continue  # "ولن تكون دمشق ممثلة في القمة": the state's absence, not the gathering
        if (
            event.date_basis in ("explicit", "relative")
            and cand.reference_id is None
            and spans["date"] is not None
            and spans["date"][1] <= cand.trigger[0]
            and _recalled(text, cand.trigger[0], cand.event_type)
            and not counted_in_years(text, cand, sent_dates)  # "in June 2012, a year after the uprising"
            # "in June 2012, more than a year after the 2011 uprising": the year of its own name
            and not dated_in_its_name(text, cand.trigger, cand.tense, spans["date"], sent_dates)
        ):
            # "began patrols on Tuesday as part of the agreement", "قصفت القوات المدينة الاثنين
            # في خرق للهدنة": the day before a presupposed event is that of the sentence's own
            continue
        if (
            event.date_basis == "relative"
            and event.date_precision == "day"
            and _bare_weekday(text, spans["date"])
            and (
                scheduled_a_week_later(catalog, event.event_type, event.countries, event.date, published)
                or (
                    _told_in_present(text, cand)
                    and not _in_progress(text, cand)  # "كانوا يحتجون": going on then, in the past
                    and _days_before(event.date, published) >= 2
                )
            )
        ):
            # "تشهد تركيا، الأحد، انتخابات", told on Friday: the coming Sunday's, not the last;
            # "يؤدي السيسي، السبت، اليمين الدستورية", told on Tuesday: not yet sworn in
            continue
        if told_as_speech_setting(text, cand, event.countries):
            continue  # "وأضاف على هامش لقاء نظمه المكتب الجهوي للحركة": where the words were said
        if (
            event.date_basis == "publication"
            and not _votes_cast(cand, all_triggers.inside(s, e))  # "توافد الجنود للإدلاء بأصواتهم": the early vote, held that day
            and not told_since(text, cand)  # "منذ الانتخابات البرلمانية": held before, whatever is to come
            and upcoming_reference(
                catalog, event.event_type, event.countries, event.quote, published, language, folded=folded, context=context
            )
        ):
            continue  # "the Iraqi elections", told on 9 May: the catalog knows they came on 12 May
        if (
            event.date_basis == "publication"
            and (told_deed or told_since(text, cand))
            and cand.reference_id is None
            and link_recalled(  # "الضربات التي وجهتها القاهرة لمجموعات شرقي ليبيا"
                event,
                fallback_entry(
                    catalog,
                    event,
                    place.country if place else None,
                    initiator[0].country if initiator and cand.event_type in load_war_types() else None,
                ),
            )
        ):
            linked.add(id(event))
        if event.date_basis == "publication" and (cand.background or cand.circumstance) and cand.reference_id is None and language == "ar":
            # "قطعت علاقاتها مطلع يناير 2016، بعد أن اقتحم محتجون سفارتها", when nothing dates it finer
            _date_by_the_year_after(event, cand, text, sent_dates, spans, language, coarse_only=not cand.background)
        if cand.epithet and event.reference_id is None:
            continue  # "the jailed activist": a person named by a past deed the catalog does not know
        if (
            after_the_news
            and event.date_basis == "publication"
            and not done_by_the_leads_parties(event, events, mentions.sentences[0])
        ):
            continue  # "A ministry spokesman said Israel had attacked Gaza", after a lead of other sides: hearsay
        # "said on Friday that they had agreed to normalise relations": an untensed word reported, but dated
        # by its saying (a verb in the past keeps the hearsay rules of its source)
        said_ahead = (
            framed
            and cand.tense in ("", "base")
            and event.date_basis == "publication"
            and cand.reference_id is None
            and day_of_the_saying(text, cand, sent_dates) is not None
        )
        if event.date_basis == "publication" and (
            weak
            or (framed and not said_ahead)
            or recalled
            or (
                not undated
                # (the speaker's own talks right before the saying: "said after talks with Erdogan", its news)
                and (
                    (cand.background and not own_talks and not after_the_occasion)
                    or _recalled(text, cand.trigger[0], cand.event_type)
                    or resisted_attack(text, cand)
                )
            )
            or _a_bare_cause(text, cand)
        ):
            # nothing anchors it: a weak word ("martyrdom", "measures"), reported
            # speech ("X said that ..."), an anniversary ("ذكرى معركة ...") or a
            # background event after "after" with no
            # date and no known event behind it. A source cited after the fact
            # ("..., officials said") still reports news.
            continue
        if _a_bare_cause(text, cand) and spans["date"] and spans["date"][1] <= cand.trigger[0]:
            continue  # "have slowed in recent weeks because of fighting": the slowing's time, no deed of its own
        if (
            place is None
            and not at_sea
            and cand.reference_id is None
            and cand.event_type in load_war_types()
            and not any(a.country for a in others)
        ):
            # "Turkish shelling killed five civilians", in a story about Syria: the war's country
            if home is False:
                home = _home_country(home_names, dateline[1] if dateline is not None else 0)
            # a country named behind a subordinator after the event word ("... على الميناء الذي يمثل
            # شريان حياة لملايين اليمنيين") is another clause's, no side left out of this one
            told_to = max(_dating_clause(text[s:e], s, cand.trigger, punctuation=False)[1], cand.trigger[1])
            war = (
                home
                if isinstance(home, str) and home not in event.countries
                else _war_country(mentions, dateline[1] if dateline is not None else 0, event.countries)
            )
            filed_in = filed_country(all_places.inside(*dateline)) if dateline is not None else None
            if war is None and dateline is not None:
                # "MARJAYOUN, Lebanon (Reuters) - ... bridges repaired after Israeli air raids": the
                # country the story is filed from, when its body names it too
                war = filed_war_country(all_places.inside(*dateline), dateline[1], mentions, event.countries)
            fought = None
            if war is None and initiator and initiator[0].country:
                # "... an offensive in northern Iraq on Monday. Turkish warplanes struck bunkers": there
                fought = place_of_the_fighting_just_before(
                    _sentence_before(mentions.sentences, s), events, event.countries, initiator[0].country
                )
            if fought is not None:
                event.countries.append(fought["country"])
                event.location = fought
            if (
                war is not None
                and initiator
                and (initiator[0].country or initiator[0].members)  # a state, or a coalition of states
                # a country its sentence names and leaves out (a backer, a speaker, a neighbour) is not the
                # place, unless the story is filed from it ("DAMASCUS (Reuters) - Turkish shelling killed
                # five civilians, Syrian state media said": the speaker at home)
                and (
                    war == filed_in
                    or all(m.country != war for m in (*all_actors.inside(named_from, told_to), *all_places.inside(named_from, told_to)))
                )
            ):
                event.countries.append(war)
                event.location = _country_location(war, gazetteer)
        unstated = False
        if event.location is None and cand.event_type in load_target_place_types() and not _closure(cand.trigger_text):
            # (a ban or closure is a measure on the state's own ground: "منعت الطائرات القطرية من الهبوط في مطاراتها")
            unstated = _place_at_target(event, text, initiator, others, place, gazetteer, spans, cand.trigger[1], clause[1])
        if unstated:
            pass  # several states acting against one: each at home, no one place stated
        elif event.location is None and fired_from is not None and place is None:
            # fire from one country at another: the one it was aimed at, when the sentence names it
            aimed = next((c for c in event.countries if c != fired_from), None)
            event.location = _country_location(aimed, gazetteer) if aimed else None
        elif event.location is None and not at_sea:
            stated = place is not None and _placed_in(text, place)  # "at a summit in Saudi Arabia"
            # (a side named as where someone came from, "contingents from Belarus", is no target)
            sides = without_origins(text, others, cand.trigger, fired_reach) if from_origins else others
            # (nor is a government of a later clause or an envoy's nationality: "the French ambassador")
            placing, bare_doers = without_bare_parties(text, initiator, clause, all_places.inside(s, e))
            sides, bare_sides = without_bare_parties(text, sides, clause, all_places.inside(s, e))
            # "a huge pro-Syrian rally": the side backed, or opposed, is no place of the deed
            placing, sides = without_stances(text, placing), without_stances(text, sides)
            event.location = _event_location(
                event,
                placing,
                _off_the_way(text, sides, cand.event_type),
                place,
                gazetteer,
                cand.trigger,
                stated,
                text,
                bare_doers | bare_sides,
            )
            if venue_unstated(
                event, cand.cameo, place, sent_places, text, ordered, sent_actors, all_places.inside(named_from, e)
            ):
                event.location = None  # talks between states told with no place: held where the text does not say
                spans.pop("location", None)
            if (hosted := hosted_at(text, cand, all_places.inside(s, e))) is not None:
                event.location = _location(hosted)  # "مباحثات استضافتها العاصمة الصينية": held there
                spans["location"] = [hosted.start, hosted.end]
                if hosted.country and hosted.country not in event.countries:
                    event.countries.append(hosted.country)  # "استضاف العراق جولات من المحادثات": the host
            elif (event.location or {}).get("precision") in (None, "country") and (
                host := host_of(text, cand, [*all_actors.inside(s, e), *all_places.inside(s, e)])
            ) is not None:
                event.location = _country_location(host.country, gazetteer)  # "وكانت الكويت قد استضافت محادثات"
                spans.pop("location", None)
                if host.country not in event.countries:
                    event.countries.append(host.country)  # "talks hosted by President Macron": France
        if crowd_home is not None:
            event.location = _country_location(crowd_home, gazetteer)  # where the crowd gathered
            spans.pop("location", None)
        if cand.event_type == "visit" and (kingdom := kingdom_visited(text, cand, all_actors.inside(0, cand.trigger[0]))):
            event.location = _country_location(kingdom, gazetteer)  # "his first visit to the kingdom": where he went
            spans.pop("location", None)
            if kingdom not in event.countries:
                event.countries.append(kingdom)
        # "signed a peace accord at the White House": the body's country is where, before a dateline's city
        body = body_venue(text, cand.event_type, sent_actors) if not at_sea and (place is None or place.precision == "country") else None
        if body is not None:
            event.location = _country_location(body.country, gazetteer)
            spans.pop("location", None)
        elif place is not None and initiator and initiator[0].country and closure_origin(text, place, cand.trigger_text):
            # "closed its airspace to flights from the Kurdistan Region": on the closing state's own ground
            event.location = _country_location(initiator[0].country, gazetteer)
            spans.pop("location", None)
        elif (
            place is not None
            and initiator
            and initiator[0].country
            and cand.event_type in load_target_place_types()
            and closure_target(text, place, cand.trigger, cand.trigger_text, initiator[0].country)
        ):
            # "قررت البحرين إغلاق سفارة قطر": on the closing state's own ground, not the target's
            event.location = _country_location(initiator[0].country, gazetteer)
            spans.pop("location", None)
        elif place is not None and closure_destination(text, place, cand.trigger, cand.trigger_text, all_places.inside(s, e)):
            # "suspended flights to Iraq, Iran and Jordan": done on the acting state's ground, if named
            # (the acting state, held apart from `home`, the article's country kept for later deeds)
            acting = next((a.country for a in initiator if a.country), None)
            event.location = _country_location(acting, gazetteer) if acting else None
            spans.pop("location", None)
        if not at_sea and (fought := fought_where_brokered(text, cand.event_type, ordered, place, events)) is not None:
            # "A truce brokered by Washington in late April was violated": where the war was fought
            event.location = _country_location(fought, gazetteer)
            event.countries = _unique([fought, *event.countries])
            spans.pop("location", None)
        if war_sides and not sent_places and (fought_in := place_of_the_fighting(war_sides, events)) is not None:
            # a truce told with no place of its own holds where the fighting told before it took place
            event.location = _country_location(fought_in, gazetteer)
            spans.pop("location", None)
        if article_sides and not sent_places:
            # a truce between the article's sides, told with no place: where their fighting took place;
            # else in none of them (the text does not say)
            fought_in = place_of_the_fighting(article_sides, events) if cand.event_type in load_sides_told_before()[0] else None
            event.location = _country_location(fought_in, gazetteer) if fought_in is not None else None
            spans.pop("location", None)
        if not at_sea:
            held_at_setting(event, text, cand.trigger, (s, e), all_places.inside(s, e), spans)  # "خلال قمة في سوتشي"
            if cand.reference_id is None:
                # "voted on Sunday to readmit Syria. The decision was taken at ... in Cairo": made there
                after = sentence_after(mentions.sentences, s)
                place_by_a_later_anaphor(event, text, after, all_places.inside(*after), place, spans)
        elif event.location is None and (host := coastal_host(text, cand.sentence, cand.event_type, ordered)):
            event.location = _country_location(host, gazetteer)  # "Iran, Russia and China began drills in the Gulf of Oman"
        if cand.reference_id is None and cand.event_type in load_unnamed_recipient_types():
            if home is False:
                home = _home_country(home_names, dateline[1] if dateline is not None else 0)
            to = recipient_at_home(
                event, text, cand.trigger[1], e, all_actors.inside(s, e), all_places.inside(s, e), home if isinstance(home, str) else None
            )
            if to is not None:  # "Qatar and Kuwait have also flown in field hospitals": to the land of the story
                event.location = _country_location(to, gazetteer)
                spans.pop("location", None)
                event.countries.append(to)
        if (
            not at_sea
            and cand.reference_id is None
            and (named := venue_in_its_name(text, cand.event_type, cand.trigger, all_places.inside(s, e), place)) is not None
        ):
            event.location = _location(named)  # "the Algiers agreement", "اتفاق الدوحة": made there
            spans["location"] = [named.start, named.end]
            if named.country and named.country not in event.countries:
                event.countries.append(named.country)
        if event.reference_id is not None and not at_sea and not _placed_where_sent(event, sent_to):
            # "واتفاق الشاطئ الموقع في غزة": a place of another catalogued event's own clause is not this one's
            own_place = None if in_another_names_clause(text, place, all_references.inside(s, e), event.reference_id, e) else place
            event.location = _catalogued_location(
                event, own_place, catalog.get(event.reference_id), gazetteer, text, accord_name(text, cand.trigger)
            )
            if (event.location or {}).get("country") and event.location["country"] not in event.countries:
                event.countries.append(event.location["country"])  # where it was done is one of its countries
            office = office_at_home(event, catalog.get(event.reference_id), text, (s, e), cand.trigger, all_places.inside(s, e))
            if office is not None:
                event.location = _country_location(office, gazetteer)  # handed his powers over, no place abroad told
                spans.pop("location", None)
            # "منعت سلطات منغوليا ... غولن التي تتهمها بالوقوف وراء محاولة الانقلاب في 2016": the
            # state of the story is no side of the coup it recalls
            without_sides_of_the_story(event, catalog.get(event.reference_id), spans)
        if not at_sea and event.reference_id is None and (event.location or {}).get("precision") in (None, "country"):
            # "police detained him hours later in the capital": the capital of the article's country
            if home is False:
                home = _home_country(home_names, dateline[1] if dateline is not None else 0)
            filed_in = all_places.inside(*dateline) if dateline is not None else []
            capital = the_bare_capital_of(
                text,
                cand,
                home if isinstance(home, str) else None,
                filed_in,
                gazetteer,
                all_dates.inside(s, e),
                _named_counts(home_names, dateline[1] if dateline is not None else 0),
                all_triggers.inside(s, e),
                place if place is not None and place.country == (event.location or {}).get("country") else None,
            )
            if capital is not None:
                event.location = _location(capital) if isinstance(capital, PlaceMention) else _country_location(capital, gazetteer)
                event.countries = _unique([*event.countries, event.location["country"]])
                spans.pop("location", None)
        if (
            dateline is not None
            and not at_sea
            and body is None
            and (
                (s <= dateline[1] and (event.location or {}).get("precision") in (None, "country"))
                # "TRIPOLI - ... Shell signed a deal on the same day": a later deed of the news's days, placed nowhere
                # (not a call, whose parties are apart)
                or (event.location is None and cand.cameo != PHONE_CALL and told_in_the_news_days(event, published, all_triggers.inside(s, e)))
            )
            and event.reference_id is None  # a catalogued deed is where the catalog says
        ):
            stated = place is not None and place.country == (event.location or {}).get("country")
            filed = _filed_at(all_places.inside(*dateline), event, stated)
            if filed is not None:
                event.location = _location(filed)
                spans["location"] = [filed.start, filed.end]
        if event.event_type in load_initiator_place_types():
            _at_the_initiator(event, initiator, gazetteer, spans)
        _rupture_at_home(event, cand.trigger_text, initiator, gazetteer, spans)
        expulsion_at_home(event, text, cand.trigger_text, initiator, gazetteer, spans)
        measure_at_home(event, text, place, initiator, sent_actors, gazetteer, spans)  # "sanctions on Iran"
        office_in_its_holders_land(event, text, place, clause, sent_actors, gazetteer, spans)  # "Maduro was sworn in"
        if one_state_at_home(event, initiator):
            one_state_homes.add(id(event))  # "Algeria cut its ties with Morocco": the one state's deed at home
        reactor_no_place(event, text, cand, place, spans)  # "دانت مصر الهجوم": who condemned it, not where
        held_at_the_holders(event, text, cand.trigger, place, initiator, others, gazetteer, spans)  # "اعتقلت طهران عامل إغاثة بلجيكيا"
        sent_in_support(event, text, cand, place, initiator, sent_actors, gazetteer, spans)  # "troops to back the GNA"
        if cand.event_type in load_givers()[0] and place is None and not at_sea and cand.reference_id is None:
            # "Turkey dispatched three planes with rescue teams", in a story of Libya's floods: received there
            if home is False:
                home = _home_country(home_names, dateline[1] if dateline is not None else 0)
            given_at_home(event, place, initiator, others, home if isinstance(home, str) else None, gazetteer, spans)
        if not at_sea and cand.reference_id is None:  # "Turkey flew in medical supplies", after a blast in Mogadishu
            received_where_told(
                event,
                text,
                mentions.sentences,
                s,
                place,
                initiator,
                others,
                gazetteer,
                spans,
                _past_verb(cand),
                cand.trigger_text,
                dateline,
            )
        decided_about(event, text, place, ordered, spans)  # "the Arab League voted to reinstate Syria"
        if retold_at is not None and not at_sea:  # "The memorandum was signed in Tunis on Sunday": where
            after = sentence_after(mentions.sentences, s)
            place_of_the_retelling(event, text, retold_at[1], after, all_places.inside(*after), spans)
        elif not at_sea and cand.reference_id is None:  # "... a ceasefire on Friday. The agreement was signed in Geneva"
            after = sentence_after(mentions.sentences, s)
            place_of_a_passive_retelling(event, text, cand.trigger, place, after, all_places.inside(*after), spans)
        if not at_sea and (talks_at := place_of_the_talks(event, text, cand, all_places.inside(s, e))) is not None:
            event.location = _location(talks_at)  # "على إعادة العلاقات، وذلك في ختام اجتماع ... في الرياض"
            spans["location"] = [talks_at.start, talks_at.end]
        if not at_sea:  # "وشاركت في القمة ...": where the summit an earlier sentence told was held
            before = [(a, b) for a, b in mentions.sentences if b <= s]
            place_of_the_gathering_told(event, text, cand, before, all_places.inside, spans)
        event.spans = spans
        event.confidence = _confidence(cand, event, attribution is not None)
        # "The deal was reached by ..." after a ceasefire: a type that a told event dominates
        antecedent = next(
            (
                ev
                for ev in reversed(events)
                if _tells_of(ev, event.event_type)
            ),
            None,
        )
        if (
            antecedent is not None
            and cand.reference_id is None
            and _is_anaphoric(text, cand.trigger[0], cand.tense == "past")
            and not ousted_in_a_relative(text, cand)  # "the coup that toppled ...": no "that coup"
            # "The protest movement, known as the Hirak, first erupted on Feb. 22": a deed the catalog
            # names and its sentence dates as the catalog does, to another time than the one of its
            # type told before, is no retelling of it ("The agreement" after its ratification still
            # retells the deal ratified; "these protests", «هذه الاحتجاجات», and "The protests were
            # called by groups angry at the verdict on Mubarak", with no time of their own, the ones
            # told before)
            and not (
                antecedent.event_type == event.event_type
                and not _DEMONSTRATIVE_BEFORE.search(text, max(0, cand.trigger[0] - 12), cand.trigger[0])
                and event.reference_id is not None
                and event.date_basis == "reference"
                and not _dates_compatible(antecedent, event)
                and _catalog_date_written(event, all_dates.inside(s, e))
            )
            and (
                not (
                    _dated_in(spans, clause)
                    # "has ratified an agreement ... The agreement, signed in April 2016": the signing
                    or (antecedent.event_type != event.event_type and _catalog_day_of_its_written_date(event, all_dates.inside(s, e)))
                )
                or (
                    _dates_compatible(antecedent, event)
                    and _PRECISION_RANK.get(event.date_precision or "", 0)
                    <= _PRECISION_RANK.get(antecedent.date_precision or "", 0)
                )
            )
        ):
            # "these visits" tells of an event already read; its sentence is about
            # something else (one that gives it a finer date, "The clashes broke out on
            # Monday" after clashes "this week", is kept for the merge). One its sentence dates on another day ("The protests
            # began in Mashhad on December 28") is not the one read.
            # "The agreement was signed ... after five days of talks": the talks led to the one read
            retold_outcomes.extend(retold_outcome(antecedent, event))
            if (
                antecedent.location is None
                and event.location is not None
                and event.location.get("precision") != "country"  # a city named, not a state read from a name
                and antecedent.event_type == event.event_type
            ):
                # "agreed on Friday to restore ties, in a deal ... The agreement was announced after
                # talks in Beijing": the deal told again names where it was made
                antecedent.location = event.location
            continue
        if (
            antecedent is None
            and cand.reference_id is None
            and _is_anaphoric(text, cand.trigger[0], cand.tense == "past")
            and (of_the_visit := meetings_of_the_visit(event, events, text, cand.trigger))
        ):
            as_the_visit(of_the_visit, event)  # "التقى الاثنين بوزير الدفاع ... وتأتي زيارته بعد": that meeting's visit
            continue
        if antecedent is None and cand.reference_id is None and event.date_basis == "publication" and _opens_as_known(text, cand):
            continue  # "The vote came as tension rose": told before in other words
        # one more deed ("was also detained") retells no event of its own type, but may still be
        # a part of one of another (the meeting of a visit: "The delegation also met ...")
        priors = [ev for ev in events if ev.event_type != event.event_type] if told_as_one_more(event) else events
        if event.date_basis == "publication" and (
            # ("وتجمع المحتجون في البصرة" after a protest in Baghdad: not the protesters told before)
            # ("the appointment of Prince Mohammed bin Salman" after Prince Mohammed bin Nayef's: another's)
            (
                cand.definite
                and _told_before(
                    event,
                    [ev for ev in priors if not _in_two_cities(ev, event) and not appointed_apart(ev, event)],
                    doer=_doer_named(text, cand, initiator),
                )
            )
            # "ومن تلك الإجراءات منع ...": one of the measures told before
            or (listed_among_those_told(text, cand) and _told_before(event, priors, doer=False))
            or _setting_told_before(text, cand, event, priors)
            or accepted_resignation(text, cand, priors)  # "Aoun accepted the resignation"
            # "الغارة الجوية التي أسفرت عن مقتل العشرات": the strike told on a day of its own,
            # with all its countries (the new events of the day are told with their news)
            or (cand.described and _told_before(event, [ev for ev in priors if ev.date_basis != "publication"], some=False))
            # "زيارة السفير التركي" after "أجرى سفير تركيا زيارة": annexed to a noun of the one told
            or (
                cand.annexed is not None
                # («كما أصدر أمراً بتعيين الأمير محمد بن سلمان» after «باختيار الأمير محمد بن نايف»: another prince)
                and _told_before(
                    event, [ev for ev in priors if _names_stem(ev.quote, cand.annexed) and not appointed_apart(ev, event)], doer=False
                )
            )
            or (cand.tense != "past" and _same_one_named(text, cand, event, priors, (*sent_places, *sent_actors)))
        ):
            continue  # "في أعقاب الهجوم", "after the attack" with no date of its own: the attack already told
        if (
            event.event_type == "meeting"  # a gathering's proceedings as a setting; other deeds merge below
            and event.date_basis != "publication"
            and not cand.tense
            and spans.get("date") is not None
            and not _dated_in(spans, (s, e))  # dated by a date read in another sentence
            and _setting_told_before(text, cand, event, priors, arabic=True)
        ):
            continue  # "ستدفع خلال أعمال القمة", dated by the summit told before: that summit again
        if (
            cand.definite
            and came_after is None  # "a day after the arrest of his son": another arrest, the day before
            and _reference_point(text, cand.trigger[0])
            and not _dated_in(spans, clause)
            and _told_before(event, events, doer=False)
        ):
            # "وقبل الهجوم، رصدت الاستخبارات المفاعل عام 2006": the attack told, the sentence's
            # dates another doing's ("أثناء الزيارة الشهر الماضي", dated in its own clause, is kept for the merge)
            continue
        if initiator and cand.reference_id is None:
            # "The United States and Britain carried out strikes": both are the doers
            initiators[id(event)] = set(_countries_of([*initiator, *joint_doers(text, initiator, others)]))
        if initiator:
            doers[id(event)] = set(_countries_of(initiator))
        if (
            cand.tense == "past"
            and (cand.event_type in SEPARATE_ACTS or _told_in_contrast(text, cand))
            # "has resigned ... He resigned on Tuesday": one act told twice by its verb
            and retold_at is None
            and retold_verbs.get(cand.trigger[0]) != cand.event_type
        ):
            acts.add(id(event))  # "..., بينما شنت طائرات إسرائيلية غارات": a deed of its own clause
        if cand.definite:
            definite.add(id(event))
        if follower == id(event):
            coordinated.add(id(event))  # "ولحق بهم اللواء فوزي في زيارة": a second trip, in the sentence of the first
        if (
            told_as_coordinated_act(text, cand, all_triggers.inside(cand.trigger[1], e))
            or told_with_own_object(text, cand.trigger, cand.sentence, mentions.triggers, mentions.actors)
            or told_with_own_place(text, cand.trigger, cand.sentence, mentions.triggers, mentions.places)
            # "fired her finance minister and appointed Jeremy Hunt": an office left, another taken
            or told_as_other_turn(text, cand.trigger, all_triggers.inside(s, e), cand.sentence)
        ):
            coordinated.add(id(event))  # "... وطردت السفير الإسرائيلي": a second deed with its own object
        if _dated_by_its_toll(event, text, cand.trigger, spans["date"]):
            tolls.add(id(event))
        elif _dated_by_its_reaction(event, text, cand.trigger, spans["date"], s):
            reactions.add(id(event))
        if (
            event.date_basis in ("explicit", "relative")
            and event.date_precision == "day"  # "in March 2016, Egypt condemned ...": the deed of that time
            and told_as_statement_object(text, cand, spans["date"])
        ):
            reactions.add(id(event))  # "رجحت الوزارة الجمعة مقتل القائد في غارة": the day it was said
            said_of.add(id(event))
        if reacted_to and cand.reference_id is None and any(ev.event_type == event.event_type for ev in events):
            dated_by_the_reaction(events, event)  # (its day, when the first telling gave only the month)
            continue  # the deed reacted to, told before with sides of its own
        if (claimed := _claimed_before(event, text, cand.trigger[0], events)) is not None:
            # the claimant, named before the claimed event word, is its doer
            claimed.actors = _unique([*claimed.actors, *(a.actor_id for a in sent_actors if a.end <= cand.trigger[0])])
            continue
        if (target := unnamed_doer_target(text, cand.event_type, language, cand.trigger, s, initiator, others)) is not None:
            event.actor1, event.actor2 = None, target.actor_id  # "Gunmen shot dead Boris Nemtsov": its doer unnamed
        if event.location is not None and event.location.get("precision") == "country" and _placed_by_a_stance_alone(
            text, event.location.get("country"), sent_actors, sent_places
        ):
            event.location = None  # "Thousands joined an anti-American protest": not held in the United States
        events.append(event)
        if told_over_a_stretch(event, all_dates) or told_earlier_in_its_period(event):
            # "كثفت ضرباتها في الأشهر الأخيرة": many deeds, no one day's; "earlier this month": a deed before the day's
            stretches.add(id(event))
        if (
            language in ("en", "ar")
            and event.date_basis == "publication"
            and cand.reference_id is None
            and (said := day_of_the_saying(text, cand, sent_dates)) is not None
        ):
            said_days[id(event)] = said  # "Iran announced on Sunday that it had closed": unless told on a day of its own
        elif (
            language == "en"
            and event.date_basis == "publication"
            and (
                told_as_the_leads_news(text, cand)
                or (not sent_dates and takes_up_the_lead(text, cand, mentions.sentences[0], language))
            )
        ):
            lead_news[id(event)] = cand  # "The UAE sent two aircraft ...", under a lead dated yesterday
        elif event.date_basis == "publication" and after_the_news:
            lead_news[id(event)] = cand  # "The two ministries said in a joint statement that Egypt had named ..."
            lead_reports.add(id(event))
        elif (
            language == "ar"
            and event.date_basis == "publication"
            and not sent_dates
            and (
                told_as_the_leads_news_ar(text, cand, _lead_types(events, mentions.sentences[0]))
                or takes_up_the_lead(text, cand, mentions.sentences[0], language)
            )
        ):
            lead_news[id(event)] = cand  # "كما اتفق الطرفان على ...", under a lead dated yesterday
        if _announced(text, cand, spans["date"], event.date_basis) or (
            event.date_basis in ("explicit", "relative")
            and said_after_a_retelling(text, cand, spans.get("date"), all_triggers.inside(s, e))
        ):
            announced.add(id(event))  # "The strikes destroyed shelters, the ministry said on Tuesday": the saying's day
        if crowd:
            unnamed.add(id(event))
        elif cand.event_type == "arrest" and names_its_person(text, cand.trigger, (s, e), ordered):
            named_held.add(id(event))  # "General Akin Ozturk was detained": not the count of soldiers told before
        if listed:
            _name(event, text, article.id)  # the events split off take their ids from its id
            events.extend(_split_off(event, listed, ordered, catalog, gazetteer))
        elif cand.event_type in DISTRIBUTIVE_TYPES and (
            each := _distributive(text, s, cand.trigger[1], e)
            or (counted_calls(text, cand.trigger, e, initiator) if cand.event_type == "meeting" else None)
            # "تحدثت مع نظيريها في ألمانيا والسويد", "spoke with her counterparts in Germany and Sweden"
            or (paired := counterpart_pair(text, (s, e), cand.trigger, sent_actors) if cand.event_type == "meeting" else None)
        ):
            _name(event, text, article.id)
            # two counterparts: the official who talked with them is named before them
            talker = pair_side(sent_actors, each) if each is paired else None
            listed_after = [a for a in sent_actors if a.start >= each.end() and a not in (talker or initiator)]
            for split in _each_counterpart(event, talker or initiator, listed_after, gazetteer):
                initiators[id(split)] = initiators.get(id(event), set())
                events.append(split)
                made.append(split)
        elif (second := _second_deed(
            event, text, cand.trigger, e, sent_places, sent_actors, initiator, sent_dates, catalog, published
        )) is not None:
            _name(event, text, article.id)  # "اغتيال هنية في طهران ونصر الله في بيروت"
            events.append(second)
            made.append(second)
        elif (second := second_dated_deed(event, text, cand.trigger, e, sent_dates, all_triggers.inside(s, e))) is not None:
            _name(event, text, article.id)  # "اغتيال شكري بلعيد في 6 فيفري 2013 ومحمد البراهمي في 25 جويلية"
            events.append(second)
            made.append(second)
        elif (leg := other_leg(event, text, cand.trigger, e, sent_places, initiator, gazetteer)) is not None:
            _name(event, text, article.id)  # "travelled to Athens and Ankara on Tuesday"
            initiators[id(leg)] = initiators.get(id(event), set())
            events.append(leg)
            made.append(leg)
        elif (holders := holders_of(event, text, cand.trigger, s)) > 1:
            _name(event, text, article.id)  # "Interior Minister A and Health Minister B resigned": a change of each
            for split in each_office_holder(event, holders, initiators):
                events.append(split)
                made.append(split)
        elif visits := each_visitor(event, text, cand.trigger, sent_actors):
            _name(event, text, article.id)  # "the emirs of Kuwait and Qatar flew in": a trip of each
            for visit in visits:
                initiators[id(visit)] = initiators.get(id(event), set())
                events.append(visit)
                made.append(visit)
        elif gifts := each_giver(event, text, cand.trigger, sent_actors):
            _name(event, text, article.id)  # "Qatar and Kenya have also sent medical aid": the aid of each
            initiators[id(event)] = {event.countries[0]}
            for gift in gifts:
                initiators[id(gift)] = {gift.countries[0]}
                events.append(gift)
                made.append(gift)
        if before := earlier_doers(event, text, cand.trigger, cand.sentence, sent_actors, sent_dates, catalog):
            _name(event, text, article.id)  # "the fourth to normalise ties with Israel, after the UAE and Bahrain"
            for earlier in before:
                earlier.title = event.title
                earlier.event_id = _stable_id(event.event_id, earlier.countries[0])
                events.append(earlier)
                made.append(earlier)
            if event.date_basis == "publication":
                # "The UAE became only the third Arab country to agree to ..., after Egypt in 1979":
                # with no time of its own, the ranked deed is the article's news told before, not a
                # deed of the day
                events[:] = [x for x in events if x is not event]
        if initiator and (gapped := gapped_doer(event, text, sent_actors, sent_dates, initiator)) is not None:
            _name(event, text, article.id)  # "Egypt signed a treaty in 1979 and Jordan in 1994": Jordan's own
            gapped.event_id, gapped.title = _stable_id(event.event_id, gapped.spans["date"][0]), event.title
            events.append(gapped)
            made.append(gapped)
        elif series_through(event, text, sent_dates):
            pass  # "hosted several rounds of talks in 2021 and 2022": one series, its end the second year
        elif again := second_time(event, text, sent_dates):
            _name(event, text, article.id)  # "protests in 2011 and again in 2018": one for each time
            for other in again:
                other.event_id, other.title = _stable_id(event.event_id, other.spans["date"][0]), event.title
                events.append(other)
                made.append(other)
        if (other := each_broker(event, text, cand.trigger, all_actors.inside(s, e), all_places.inside(s, e), all_dates.inside(s, e))) is not None:
            _name(event, text, article.id)  # "Ceasefires brokered by Moscow on October 10 and by Washington on October 26"
            other.title = event.title
            initiators[id(other)] = initiators.get(id(event), set())
            events.append(other)
            made.append(other)
        if later := captured_series(event, cand.cameo, text, cand.trigger, all_places.inside(s, e), all_dates.inside(s, e)):
            _name(event, text, article.id)  # "captured Aleppo, took Hama on Thursday and entered Homs on Saturday"
            for taken in later:
                taken.event_id, taken.title = _stable_id(event.event_id, taken.spans["location"][0]), event.title
                initiators[id(taken)] = initiators.get(id(event), set())
                events.append(taken)
                made.append(taken)
    events = without_retold_links(events, linked)
    kept = _dedupe(
        at_the_publication(
            _without_reaction_days(_without_toll_days(_without_announcement_days(events, announced), tolls), reactions), said_of
        ),
        initiators,
        acts,
        unnamed,
        _outside_their_entry(events, doers, catalog),
        coordinated,
        stretches,
        definite,
        named_held,
    )
    kept = without_lead_summaries(kept, text)  # "Turkey's parliament has ratified ... voted 287 to 55 late on Tuesday"
    dated_by_the_visitor_s_deed(kept)  # "وجاءت زيارة برلوسكوني إلى بنغازي": the day he signed there
    kept = without_retold_power_changes(_without_second_tellings(_without_meetings_of_visits(kept)))
    kept = without_acted_on(kept)
    kept = _without_early_votes(kept)
    kept = without_other_days_of_a_vote(kept)
    kept = with_announced_results(kept, text, mentions.dates)  # "أعلن، الأحد، فوز ... في الاقتراع الذي جرى أمس السبت"
    kept = without_announced_retellings(kept)  # "announced the start of the military operation": the operation told before
    kept = without_parts_of_campaigns(without_repeated_tolls(_without_undated_retellings(kept)))
    kept = without_agreed_terms(kept)  # "The two sides also agreed to revive ...": a term of the deal told before
    kept = without_owned_changes(kept)  # "Hariri resigned on Tuesday ... He later submitted his resignation"
    kept = without_coarser_tellings(kept)  # "عام 2009 ... في أكتوبر 2009": one past deed
    kept = without_bare_retellings(kept, text, catalog)  # "voted in an independence referendum ... before the referendum"
    kept = _without_undated_retold(kept, published, language, mentions.dates)
    if language == "en":
        dated_by_a_participial_retelling(kept, text, mentions.dates, mentions.places)  # "The deal, signed late on Saturday"
        dated_by_the_year_naming_it_again(kept, text, mentions.dates)  # "ended the truce ... the 1991 truce"
    dated_by_their_saying(kept, said_days)
    capped_by_a_trailing_saying(kept, text, mentions.dates)  # "destroyed vehicles ..., the spokesman said on Friday night"
    # "Aid flights landed in Turkey yesterday ... The UAE sent two aircraft"
    dated_by_the_lead(kept, lead_news, text, mentions.sentences, mentions.dates, named_only=language != "en")
    placed_by_the_lead(kept, lead_reports, mentions.sentences)  # "... in Riyadh. The ministry said the two sides decided to"
    if language == "en":
        # "Bouteflika has resigned ... \n\n The 82-year-old informed the council on Tuesday evening"
        dated_by_the_next_paragraph(kept, text, mentions.sentences, mentions.dates, mentions.places)
    kept = without_no_events(without_campaigns_under_way(kept), catalog)
    dated_as_come_after(kept, come_after)  # "ويأتي ذلك بعد لقاء ... في موسكو": in the days before the news
    dated_as_responses(kept, text)  # "Maduro responded by breaking diplomatic relations": the day of what it answered
    dated_since_a_deed(kept, text, mentions.references)  # "under U.N. sanctions since its invasion of Kuwait": that deed's month
    # "the sanctions it imposed on Turkey on Monday ... Washington had imposed sanctions": that Monday's
    dated_by_a_deed_named_before(kept, text, mentions.sentences, mentions.triggers, mentions.dates)
    decided_measures_unplaced(kept, text, one_state_homes)  # "cut their ties with Qatar": placed nowhere
    dated_as_their_twins(kept)  # "seized power in a 1999 military coup": the office's catalogued day, the seizure's too
    placed_as_their_twins(kept)  # "Sisi, who led a coup in 2013, visited Riyadh": the coup in Egypt, as the office taken
    for event in kept:
        if not event.event_id:
            _name(event, text, article.id)
    return kept


# a demonstrative right before an event word: the event told before, whatever the catalog says
_DEMONSTRATIVE_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:this|these|that|those|هذه|هذا|تلك|ذلك|هاتين|هذين)\s+\Z", re.IGNORECASE)


class _SentencesBack(Sequence):
    """The sentences before the one starting at `start`, nearest first, each with its dates:
    listed when first read, since the steps handed them mostly stop at a test of the event
    alone."""

    __slots__ = ("_dates", "_listed", "_sentences", "_start")

    def __init__(self, sentences: list[tuple[int, int]], start: int, dates: _ByStart) -> None:
        self._sentences, self._start, self._dates = sentences, start, dates
        self._listed: list[tuple[tuple[int, int], list]] | None = None

    def _list(self) -> list[tuple[tuple[int, int], list]]:
        if self._listed is None:
            before = [sent for sent in self._sentences if sent[1] <= self._start]
            self._listed = [(sent, self._dates.inside(*sent)) for sent in reversed(before)]
        return self._listed

    def __getitem__(self, index):  # type: ignore[override]
        return self._list()[index]

    def __len__(self) -> int:
        return len(self._list())

    def __iter__(self) -> Iterator[tuple[tuple[int, int], list]]:
        return iter(self._list())

    def __reversed__(self) -> Iterator[tuple[tuple[int, int], list]]:
        return reversed(self._list())


def _sentences_back(sentences: list[tuple[int, int]], start: int, dates: _ByStart) -> _SentencesBack:
    """The sentences before the one starting at `start`, nearest first, each with its dates."""
    return _SentencesBack(sentences, start, dates)


def _outside_their_entry(events: list[Event], doers: dict[int, set[str]], catalog: ReferenceCatalog) -> set[int]:
    """The ids of the catalogued events whose initiator is none of their entry's countries: a
    state that joined the catalogued event ("وانضمت موريتانيا إلى الدول الأربع في قطع علاقاتها
    مع الدوحة"), whose own deed is not the entry's; not of a type no other state joins."""
    outside: set[int] = set()
    for ev in events:
        if ev.event_type in load_unjoined_types():
            continue
        entry = catalog.get(ev.reference_id) if ev.reference_id else None
        if entry is not None and doers.get(id(ev), set()) - set(entry.countries):
            outside.add(id(ev))
    return outside


def _placed_where_sent(event: Event, sent_to: PlaceMention | None) -> bool:
    """The deed is placed where its own "to" leads ("began sending troops to Libya"): the
    destination read from its words stands before the place a catalogued event of its kind gives
    (the sender's, where the sending was authorised)."""
    return sent_to is not None and (event.location or {}).get("country") == sent_to.country


def _name(event: Event, text: str, article_id: str) -> None:
    """Give the event its headline and id, once it is known to be kept: a
    report merged into another one keeps neither."""
    (s, e), (t0, t1) = event.spans["quote"], event.spans["trigger"]
    event.title = _headline(text, (s, e), (t0, t1))
    event.event_id = _stable_id(article_id, event.event_type, s, t0)


def _confidence(cand: _Candidate, event: Event, attributed: bool) -> float:
    score = 0.5 * cand.weight + 0.1
    if event.actors:
        score += 0.15
    if len(event.countries) > 1:
        score += 0.05
    if event.date_basis in ("explicit", "relative", "reference"):
        score += 0.15
    if attributed:
        score -= 0.1
    return round(max(0.05, min(0.99, score)), 2)
