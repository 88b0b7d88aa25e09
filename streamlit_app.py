"""The dashboard: `streamlit run streamlit_app.py` (the store is $EVENTS_DB, else the per-user default)."""

from dashboard.page import main

main()
