#!/usr/bin/env python
"""Same as the `traade` command, for people used to Django."""

from traade.cli import main

if __name__ == "__main__":
    main()
