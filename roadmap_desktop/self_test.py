"""`roadmap-desktop --self-test`: proves an installed or frozen app works end to end."""
