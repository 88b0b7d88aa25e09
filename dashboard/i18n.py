"""Interface strings in English and Arabic, and the page direction.

`t(key, lang, **values)` formats one string; a key missing in Arabic falls
back to English. Arabic lays the page out right to left (`direction`,
`page_css`).
"""

from __future__ import annotations

from events.model import EVENT_TYPES

STRINGS: dict[str, dict[str, str]] = {
    "title": {"en": "Geopolitical timeline", "ar": "الخط الزمني للأحداث"},
    "events": {"en": "Events", "ar": "الأحداث"},
    "language": {"en": "Language", "ar": "اللغة"},
    "filters": {"en": "Filters", "ar": "عوامل التصفية"},
    "actors": {"en": "Actors", "ar": "الفاعلون"},
    "countries": {"en": "Countries", "ar": "الدول"},
    "types": {"en": "Event types", "ar": "أنواع الأحداث"},
    "choose": {"en": "Choose options", "ar": "اختر"},
    "from": {"en": "From", "ar": "من"},
    "to": {"en": "To", "ar": "إلى"},
    "search": {"en": "Search titles and quotes", "ar": "البحث في العناوين والاقتباسات"},
    "sources": {"en": "Sources", "ar": "المصادر"},
    "article_langs": {"en": "Article language", "ar": "لغة المقال"},
    "bases": {"en": "Date basis", "ar": "أساس التاريخ"},
    "min_conf": {"en": "Minimum confidence", "ar": "الحد الأدنى للثقة"},
    "lanes": {"en": "Timeline lanes", "ar": "مسارات الخط الزمني"},
    "show_rejected": {"en": "Show rejected events", "ar": "إظهار الأحداث المرفوضة"},
    "reset": {"en": "Reset filters", "ar": "إعادة ضبط عوامل التصفية"},
    "lane_type": {"en": "Event type", "ar": "نوع الحدث"},
    "lane_actor": {"en": "Actor", "ar": "الفاعل"},
    "lane_country": {"en": "Country", "ar": "الدولة"},
    "timeline": {"en": "Timeline", "ar": "الخط الزمني"},
    "map": {"en": "Map", "ar": "الخريطة"},
    "table": {"en": "Events table", "ar": "جدول الأحداث"},
    "details": {"en": "Event details", "ar": "تفاصيل الحدث"},
    "no_events": {"en": "No event matches this view.", "ar": "لا يوجد حدث يطابق هذا العرض."},
    "empty_store": {
        "en": "The store holds no events yet: add articles below, or run `python -m events ingest PATH`.",
        "ar": "لا يحتوي المخزن على أحداث بعد: أضف مقالات أدناه أو شغّل `python -m events ingest PATH`.",
    },
    "store_error": {"en": "The events store cannot be read: {error}", "ar": "تعذرت قراءة مخزن الأحداث: {error}"},
    "aggregated": {
        "en": "{n} events: drawn as counts per {period}. Narrow the filters below {limit} events to see each one.",
        "ar": "{n} حدثًا: تُعرض كأعداد لكل {period}. ضيّق عوامل التصفية إلى أقل من {limit} حدث لرؤية كل حدث.",
    },
    "period_W": {"en": "week", "ar": "أسبوع"},
    "period_M": {"en": "month", "ar": "شهر"},
    "period_Y": {"en": "year", "ar": "سنة"},
    "table_limited": {"en": "Showing the first {shown} of {n} events.", "ar": "عرض أول {shown} من {n} حدثًا."},
    "select_hint": {
        "en": "Click an event on the timeline, the map or the table to see its details.",
        "ar": "انقر على حدث في الخط الزمني أو الخريطة أو الجدول لعرض تفاصيله.",
    },
    "unknown_event": {
        "en": "The selected event '{id}' is not in the store.",
        "ar": "الحدث المحدد '{id}' غير موجود في المخزن.",
    },
    "notice": {"en": "Some link parameters were ignored:", "ar": "تم تجاهل بعض معلمات الرابط:"},
    "n_unknown_param": {"en": "Ignored unknown parameter '{name}'.", "ar": "تم تجاهل معلمة غير معروفة '{name}'."},
    "n_too_long": {
        "en": "Ignored parameter '{key}': value too long ({n} characters).",
        "ar": "تم تجاهل المعلمة '{key}': القيمة طويلة جدًا ({n} حرفًا).",
    },
    "n_refused": {"en": "Ignored parameter '{key}': {reason}.", "ar": "تم تجاهل المعلمة '{key}': {reason}."},
    "n_date_range": {
        "en": "Ignored the date range: 'from' is after 'to'.",
        "ar": "تم تجاهل نطاق التاريخ: قيمة 'from' بعد قيمة 'to'.",
    },
    "n_unknown_item": {
        "en": "Ignored unknown {what} '{item}' in '{key}'.",
        "ar": "تم تجاهل قيمة غير معروفة ({what}) '{item}' في '{key}'.",
    },
    "n_no_article_lang": {
        "en": "Ignored article language '{item}' in 'article_lang': no article in it.",
        "ar": "تم تجاهل لغة المقال '{item}' في 'article_lang': لا يوجد مقال بها.",
    },
    "r_too_many": {"en": "more than {n} values", "ar": "أكثر من {n} قيمة"},
    "r_not_date": {"en": "not a date in YYYY-MM-DD form ('{value}')", "ar": "ليس تاريخًا بصيغة YYYY-MM-DD ('{value}')"},
    "r_year_range": {
        "en": "date out of range {low} to {high} ('{value}')",
        "ar": "التاريخ خارج النطاق من {low} إلى {high} ('{value}')",
    },
    "r_not_number": {"en": "not a number ('{value}')", "ar": "ليس رقمًا ('{value}')"},
    "r_conf_range": {"en": "must be between 0 and 1 ('{value}')", "ar": "يجب أن تكون بين 0 و1 ('{value}')"},
    "r_one_of": {"en": "must be one of {options} ('{value}')", "ar": "يجب أن تكون إحدى القيم {options} ('{value}')"},
    "r_event_id": {"en": "not an event id ('{value}')", "ar": "ليس معرّف حدث ('{value}')"},
    "r_show_hide": {"en": "must be show or hide ('{value}')", "ar": "يجب أن تكون show أو hide ('{value}')"},
    "what_actor": {"en": "actor", "ar": "فاعل"},
    "what_country": {"en": "country", "ar": "دولة"},
    "what_type": {"en": "event type", "ar": "نوع حدث"},
    "what_source": {"en": "source", "ar": "مصدر"},
    "what_article_lang": {"en": "article language", "ar": "لغة مقال"},
    "what_basis": {"en": "date basis", "ar": "أساس تاريخ"},
    "copy_link": {"en": "Copy link", "ar": "نسخ الرابط"},
    "copied": {"en": "Link copied", "ar": "تم نسخ الرابط"},
    "share": {"en": "Share this view", "ar": "مشاركة هذا العرض"},
    "date": {"en": "Date", "ar": "التاريخ"},
    "basis": {"en": "Dated by", "ar": "مصدر التاريخ"},
    "location": {"en": "Location", "ar": "المكان"},
    "sources_of": {"en": "Sources ({n})", "ar": "المصادر ({n})"},
    "confidence": {"en": "Confidence", "ar": "الثقة"},
    "type": {"en": "Type", "ar": "النوع"},
    "headline": {"en": "Headline", "ar": "العنوان"},
    "count": {"en": "Count", "ar": "العدد"},
    "mentions": {"en": "Mentions", "ar": "الإشارات"},
    "status": {"en": "Status", "ar": "الحالة"},
    "rejected": {"en": "rejected", "ar": "مرفوض"},
    "review": {"en": "Review", "ar": "المراجعة"},
    "reject": {"en": "Reject this event", "ar": "رفض هذا الحدث"},
    "correct": {"en": "Save correction", "ar": "حفظ التصحيح"},
    "correct_what": {"en": "Correct", "ar": "تصحيح"},
    "note": {"en": "Note", "ar": "ملاحظة"},
    "undo": {"en": "Undo correction {id}", "ar": "التراجع عن التصحيح {id}"},
    "corrections": {"en": "Corrections", "ar": "التصحيحات"},
    "saved": {"en": "Saved.", "ar": "تم الحفظ."},
    "date_forms": {"en": "YYYY, YYYY-MM, YYYY-MM-DD", "ar": "السنة أو الشهر أو اليوم (YYYY أو YYYY-MM أو YYYY-MM-DD)"},
    "actor_ids": {"en": "actor ids (QAT, TUR, …)", "ar": "معرّفات الفاعلين (QAT, TUR, …)"},
    "place_name": {"en": "name", "ar": "اسم المكان"},
    "place_country": {"en": "ISO alpha-3", "ar": "رمز الدولة (ISO alpha-3)"},
    "lat": {"en": "lat", "ar": "خط العرض"},
    "lon": {"en": "lon", "ar": "خط الطول"},
    "undone": {"en": "undone {when}", "ar": "أُلغي {when}"},
    "event_id": {"en": "id", "ar": "المعرّف"},
    "action_reject": {"en": "rejected", "ar": "رُفض"},
    "exports": {"en": "Export", "ar": "التصدير"},
    "export_csv": {"en": "Events (CSV)", "ar": "الأحداث (CSV)"},
    "export_geojson": {"en": "Events (GeoJSON)", "ar": "الأحداث (GeoJSON)"},
    "export_timelinejs": {"en": "Events (TimelineJS)", "ar": "الأحداث (TimelineJS)"},
    "timeline_count": {"en": "{n} events", "ar": "عدد الأحداث: {n}"},
    "upload_button": {"en": "Upload", "ar": "اختيار الملفات"},
    "upload_limit": {"en": "{mb} MB per file", "ar": "حتى {mb} ميغابايت لكل ملف"},
    "export_timeline_html": {"en": "Timeline chart (HTML)", "ar": "مخطط الخط الزمني (HTML)"},
    "export_map_html": {"en": "Map (HTML)", "ar": "الخريطة (HTML)"},
    "export_png": {"en": "{chart} (PNG)", "ar": "{chart} (PNG)"},
    "export_limit": {
        "en": "Exports hold at most {limit} events; narrow the filters ({n} match).",
        "ar": "تحتوي التصديرات على {limit} حدث كحد أقصى؛ ضيّق عوامل التصفية ({n} مطابق).",
    },
    "prepare_exports": {"en": "Prepare downloads", "ar": "تجهيز التنزيلات"},
    "add_articles": {"en": "Add articles", "ar": "إضافة مقالات"},
    "upload": {
        "en": "Article files (.txt, .jsonl, .csv, .json, .html, RSS/Atom)",
        "ar": "ملفات المقالات (.txt و.jsonl و.csv و.json و.html وRSS/Atom)",
    },
    "published": {"en": "Publication date for files without one", "ar": "تاريخ النشر للملفات التي لا تحمل تاريخًا"},
    "extract": {"en": "Extract and store", "ar": "استخراج وتخزين"},
    "extracting": {"en": "Extracting {done} of {total}…", "ar": "جارٍ استخراج {done} من {total}…"},
    "ingest_done": {
        "en": "{read} articles read: {new} new, {unchanged} unchanged; {events} events extracted.",
        "ar": "تمت قراءة {read} مقالات: {new} جديدة، {unchanged} دون تغيير؛ استُخرج {events} حدثًا.",
    },
    "too_large": {
        "en": "{name} is larger than {limit} MB and was skipped.",
        "ar": "{name} أكبر من {limit} م.ب وتم تخطيه.",
    },
    "skipped": {"en": "Skipped: {what}", "ar": "تم التخطي: {what}"},
    "noted": {"en": "Read, with a note: {what}", "ar": "قُرئ مع ملاحظة: {what}"},
    "article_text": {"en": "Quote in its article", "ar": "الاقتباس في مقاله"},
    "open_article": {"en": "open the article", "ar": "فتح المقال"},
    "estimated": {"en": "estimated", "ar": "تقديري"},
    "publication_day": {"en": "published", "ar": "نُشر"},
    "none": {"en": "none", "ar": "لا يوجد"},
    "basis_explicit": {"en": "written in the text", "ar": "مذكور في النص"},
    "basis_relative": {"en": "relative to the publication date", "ar": "نسبي إلى تاريخ النشر"},
    "basis_reference": {"en": "known event (reference catalog)", "ar": "حدث معروف (فهرس المراجع)"},
    "basis_publication": {"en": "the article's publication date", "ar": "تاريخ نشر المقال"},
    "precision_day": {"en": "day", "ar": "يوم"},
    "precision_month": {"en": "month", "ar": "شهر"},
    "precision_year": {"en": "year", "ar": "سنة"},
    "type_visit": {"en": "Visit", "ar": "زيارة"},
    "type_meeting": {"en": "Meeting", "ar": "اجتماع"},
    "type_agreement": {"en": "Agreement", "ar": "اتفاق"},
    "type_ratification": {"en": "Ratification", "ar": "مصادقة"},
    "type_sanctions": {"en": "Sanctions", "ar": "عقوبات"},
    "type_ceasefire": {"en": "Ceasefire", "ar": "وقف إطلاق النار"},
    "type_election": {"en": "Election", "ar": "انتخابات"},
    "type_deployment": {"en": "Deployment", "ar": "نشر قوات"},
    "type_military_exercise": {"en": "Military exercise", "ar": "مناورات عسكرية"},
    "type_attack": {"en": "Attack", "ar": "هجوم"},
    "type_protest": {"en": "Protest", "ar": "احتجاج"},
    "type_aid": {"en": "Aid", "ar": "مساعدات"},
    "type_arrest": {"en": "Arrest", "ar": "اعتقال"},
    "type_appointment": {"en": "Appointment", "ar": "تعيين"},
    "type_relations": {"en": "Relations", "ar": "علاقات"},
}

LANGUAGE_NAMES = {"en": "English", "ar": "العربية"}


def t(key: str, lang: str = "en", /, **values: object) -> str:
    """The interface string `key` in `lang` (English when missing), formatted with `values`."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


def type_label(event_type: str, lang: str = "en") -> str:
    return t(f"type_{event_type}", lang) if f"type_{event_type}" in STRINGS else event_type


def list_sep(lang: str) -> str:
    """The separator of a list of names: the Arabic comma on the Arabic page."""
    return "، " if lang == "ar" else ", "


def ltr_run(text: str, lang: str) -> str:
    """`text` kept left to right as one unit on the Arabic page (a Unicode isolate).

    In right-to-left text the bidirectional algorithm splits a run such as
    `sara 2026-01-02T10:00:00Z` or `#3` at its spaces and punctuation and lays the
    pieces out in reverse order; an isolate keeps the run whole and in order.
    """
    return f"\u2066{text}\u2069" if lang == "ar" and text else text


def direction(lang: str) -> str:
    return "rtl" if lang == "ar" else "ltr"


_UPLOAD_BUTTON = ".stApp [data-testid='stFileUploaderDropzone'] [data-testid='stBaseButton-secondary']"
_UPLOAD_LIMIT = ".stApp [data-testid='stFileUploaderDropzoneInstructions'] span"


def _css_string(text: str) -> str:
    """`text` as a quoted CSS string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def page_css(lang: str, upload_mb: int = 20) -> str:
    """CSS that sets the page's direction; for Arabic the sidebar moves to the right.

    Charts stay left to right (time runs left to right in both languages). Streamlit writes
    its file uploader's button and size line in English whatever the page's language, with no
    setting to change them; on the Arabic page the English is shrunk to nothing and Arabic
    shown in its place, `upload_mb` being the size limit the upload panel enforces.
    """
    if lang != "ar":
        return "<style>.stApp { direction: ltr; }</style>"
    return (
        "<style>"
        ".stApp, .stApp [data-testid='stSidebar'], .stApp [data-testid='stMarkdownContainer'] { direction: rtl; }"
        ".stApp [data-testid='stMarkdownContainer'] { text-align: right; }"
        ".stApp .js-plotly-plot, .stApp [data-testid='stDataFrame'] { direction: ltr; }"
        # a date input's year, month and day fields laid right to left read backwards
        # ("31 - 12 - 2017", placeholder "dd - mm - yyyy"): they keep their format's order
        ".stApp [data-testid='stDateInputField'] [role='group'] { direction: ltr; }"
        # plotly measures label widths in a hidden element under <body>: measured right to left,
        # the axis margins come out wrong and lane labels are cut
        ".js-plotly-tester, .js-plotly-plot svg text { direction: ltr; }"
        f"{_UPLOAD_BUTTON} p, {_UPLOAD_LIMIT} {{ font-size: 0; }}"
        f"{_UPLOAD_BUTTON} p::after {{ content: {_css_string(t('upload_button', lang))}; font-size: 14px; }}"
        f"{_UPLOAD_LIMIT}::after {{ content: {_css_string(t('upload_limit', lang, mb=upload_mb))}; font-size: 14px; }}"
        "</style>"
    )


__all__ = ["EVENT_TYPES", "LANGUAGE_NAMES", "STRINGS", "direction", "page_css", "t", "type_label"]
