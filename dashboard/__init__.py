"""The Streamlit dashboard: thin pages over pure functions."""
