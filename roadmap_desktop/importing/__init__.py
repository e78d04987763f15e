"""Reading what people bring: scores from paper ballots (CSV), proposals from spreadsheets."""
