/** What `newsdesk --help` prints. */
export const CLI_HELP = `newsdesk: desk tools for Newsdesk story files

Usage:
  newsdesk export STORY.json --out DIR [--format html,json,ninjs] [--base-url URL] [--anyway]
      Export a story file (Newsdesk JSON export with its images/ folder beside it,
      or a ninjs file) as a standalone HTML page, a JSON export and/or an IPTC
      ninjs 2.2 file (SLUG.ninjs.json), with its pictures, into DIR. Every picture
      is checked against its SHA-256 first. Default format: html,json.
      --base-url URL: where DIR will be published; ninjs picture renditions then
      link to URL/images/... instead of the folder's file:// address.
      A story with problems to fix before export (see check) is not exported;
      --anyway exports it as it is and still lists the problems.

  newsdesk check STORY.json [--rules HOUSE-RULES.json]
      Check a story file and its pictures, then run the desk's checks under the
      house rules (the defaults without --rules). Errors: an empty headline, TK
      placeholders, links that are not http(s) or mailto, pictures without a
      caption, a credit or alt text (or alt text repeating the caption), rail
      items without a title or a URL. Warnings: headline or standfirst over the
      limit, doubled words, straight quotes (when the rules want curly ones),
      double spaces, banned words, empty paragraphs at the start or end, an ad
      slot first or right after another, links without text. Prints each problem
      with where it is (field characters, or body positions) and exits with 1
      when there is an error; OK (or only warnings) exits with 0.

  newsdesk import STORY.json [--library DIR]
  newsdesk import STORY.ninjs.json [--library DIR]
      Add a story file and its pictures to the Newsdesk library (the desktop
      app's, or DIR). A story already in the library is added as a new copy.
      From ninjs, the pictures are the largest web renditions beside the file;
      ninjs from another system comes in as text (body as plain paragraphs).

  newsdesk --help
      Show this help.

Exit codes: 0 success, 1 the file is invalid, has problems to fix before export,
or the export failed; 2 wrong usage.
`;
