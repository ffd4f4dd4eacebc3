from dateline.cli import run_cli

run_cli()
