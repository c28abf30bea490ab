/** What `newsdesk --help` prints. */
export const CLI_HELP = `newsdesk: desk tools for Newsdesk story files

Usage:
  newsdesk export STORY.json --out DIR [--format html,json] [--anyway]
      Export a story file (Newsdesk JSON export with its images/ folder beside it)
      as a standalone HTML page and/or a JSON export, with its pictures, into DIR.
      Every picture is checked against its SHA-256 first. Default format: html,json.
      A story with problems to fix before export (see check) is not exported;
      --anyway exports it as it is and still lists the problems.

  newsdesk check STORY.json
      Check a story file and its pictures, then run the export preflight: an empty
      headline; pictures without a caption, a credit or alt text, or whose alt
      text repeats the caption; rail items without a title or a URL. Prints each
      problem and exits with 1, or prints OK and exits with 0.

  newsdesk import STORY.json [--library DIR]
      Add a story file and its pictures to the Newsdesk library (the desktop
      app's, or DIR). A story already in the library is added as a new copy.

  newsdesk --help
      Show this help.

Exit codes: 0 success, 1 the file is invalid, has problems to fix before export,
or the export failed; 2 wrong usage.
`;
