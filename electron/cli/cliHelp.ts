/** What `newsdesk --help` prints. */
export const CLI_HELP = `newsdesk: desk tools for Newsdesk story files

Usage:
  newsdesk export STORY.json --out DIR [--format html,json]
      Export a story file (Newsdesk JSON export with its images/ folder beside it)
      as a standalone HTML page and/or a JSON export, with its pictures, into DIR.
      Every picture is checked against its SHA-256 first. Default format: html,json.

  newsdesk check STORY.json
      Check a story file and its pictures. Prints each problem and exits with 1,
      or prints OK and exits with 0.

  newsdesk import STORY.json [--library DIR]
      Add a story file and its pictures to the Newsdesk library (the desktop
      app's, or DIR). A story already in the library is added as a new copy.

  newsdesk --help
      Show this help.

Exit codes: 0 success, 1 the file is invalid or the export failed, 2 wrong usage.
`;
