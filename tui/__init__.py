"""newsreader: a terminal reader for close reading of news."""

__all__: list[str] = []
