"""The LAN ballot: directors score from their phones over the room's network (app: the
pages and their handlers; server: the aiohttp server on its own loop and thread).

DEFAULT_PORT lives here, not in server, so the command line can name it in its help without
importing aiohttp for every command."""

DEFAULT_PORT = 8710
