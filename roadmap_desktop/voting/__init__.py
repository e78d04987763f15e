"""The LAN ballot server that lets directors score from their phones (a later issue)."""
