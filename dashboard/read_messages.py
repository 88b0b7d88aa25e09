"""The readers' messages (a line skipped, a date not understood) in the interface language.

`events.readers` words its problems and notices in English for the command
line's stderr. The upload panel says them on the page, so on the Arabic page
each known message is told in Arabic (file names, values and numbers kept);
one this table does not know is shown as the reader wrote it.
"""

from __future__ import annotations

import re

# (pattern over the reader's message, the Arabic text; groups by name)
_AR: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.S), text)
    for pattern, text in (
        (r"publication date (?P<v>.+) not understood; its date is estimated from its text",
         "لم يُفهم تاريخ النشر {v}؛ قُدِّر تاريخه من نصه"),
        (r"publication date (?P<v>.+) not understood; dated (?P<d>\S+) as given",
         "لم يُفهم تاريخ النشر {v}؛ أُرِّخ بـ {d} كما أُعطي"),
        (r"not JSON: .*\(column (?P<c>\d+)\)", "ليس JSON صالحًا (العمود {c})"),
        (r"not JSON: .*", "ليس JSON صالحًا"),
        (r"not a JSON object", "ليس كائن JSON"),
        (r"no text field", "لا حقل للنص"),
        (r"text is not a string", "النص ليس نصًا"),
        (r"empty article", "مقال فارغ"),
        (r"empty file", "ملف فارغ"),
        (r"empty input", "مدخل فارغ"),
        (r"bad CSV row: a quoted field runs from line (?P<a>\d+) to the end of the file.*",
         "صف CSV غير صالح: حقل بين علامتي اقتباس يمتد من السطر {a} إلى نهاية الملف؛ تم تخطي السطر {a}"),
        (r"bad CSV row: a quoted field runs from line (?P<a>\d+) to line (?P<b>\d+).*",
         "صف CSV غير صالح: حقل بين علامتي اقتباس يمتد من السطر {a} إلى السطر {b}"),
        (r"bad CSV row: (?P<n>\d+) fields, the header has (?P<h>\d+)",
         "صف CSV غير صالح: فيه {n} حقول وفي صف العناوين {h}"),
        (r"bad CSV row: .*", "صف CSV غير صالح"),
        (r"no text column in the header row \(columns: (?P<c>.*)\)", "لا عمود للنص في صف العناوين (الأعمدة: {c})"),
        (r"CSV record longer than (?P<n>\d+) characters, skipped", "سجل CSV أطول من {n} حرف، تم تخطيه"),
        (r"cannot decode as (?P<c>\S+); rest of file skipped", "تعذّر فك ترميزه بـ {c}؛ تم تخطي بقية الملف"),
        (r"(?P<n>\d+) invalid UTF-8 byte sequences? \(read as U\+FFFD\); the rest was read",
         "{n} من تسلسلات البايتات غير الصالحة في UTF-8 (قُرئت U+FFFD)؛ وقُرئ الباقي"),
        (r"(?P<n>\d+) unreadable lines in a row; rest of file skipped", "{n} أسطر غير مقروءة متتالية؛ تم تخطي بقية الملف"),
        (r"unknown file type \(known: (?P<k>.*)\)", "نوع ملف غير معروف (المعروفة: {k})"),
        (r"not an RSS/Atom feed, or a feed with no entries.*", "ليس خلاصة RSS/Atom، أو خلاصة بلا مدخلات"),
        (r"file too large .*", "الملف كبير جدًا، لم يُقرأ"),
        (r"extraction failed: .*", "تعذّر الاستخراج"),
    )
)  # fmt: skip
_WHERE = re.compile(r"^(?P<kind>entry|item) (?P<n>\d+): ")
_WHERE_AR = {"entry": "المدخل {n}: ", "item": "العنصر {n}: "}


def read_message(message: str, lang: str) -> str:
    """A reader's message (without its file and line) in `lang`; an unknown one as written."""
    if lang != "ar":
        return message
    prefix = ""
    where = _WHERE.match(message)
    if where:
        prefix = _WHERE_AR[where["kind"]].format(n=where["n"])
        message = message[where.end() :]
    for pattern, text in _AR:
        found = pattern.fullmatch(message)
        if found:
            return prefix + text.format(**found.groupdict())
    return prefix + message


def read_item(path: str, line: int | None, message: str, lang: str) -> str:
    """`path:line: message` with the message in `lang`."""
    place = path if line is None else f"{path}:{line}"
    return f"{place}: {read_message(message, lang)}" if place else read_message(message, lang)
