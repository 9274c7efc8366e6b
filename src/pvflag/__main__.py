"""python -m pvflag: the command line."""

from pvflag.cli import main

main()
