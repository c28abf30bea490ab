/** The exported page's only styling: calm, print-like, readable without any other file. */
export const STORY_PAGE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fbfaf7; color: #1d1d1b; font: 18px/1.6 Georgia, "Times New Roman", serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
header { margin-bottom: 1.5rem; }
.kicker { margin: 0 0 .5rem; font: 700 .8rem/1.2 system-ui, sans-serif; letter-spacing: .08em; text-transform: uppercase; color: #8a1c1c; }
h1 { margin: 0 0 .75rem; font-size: 2.3rem; line-height: 1.15; }
.standfirst { margin: 0 0 1rem; font-size: 1.2rem; color: #3a3a36; }
.meta { margin: 0; font: .85rem/1.4 system-ui, sans-serif; color: #5c5c56; }
figure { margin: 1.5rem 0; }
figure img { display: block; width: 100%; height: auto; background: #e8e6df; }
figcaption { margin-top: .4rem; font: .85rem/1.4 system-ui, sans-serif; color: #4a4a45; }
.credit { text-transform: uppercase; letter-spacing: .03em; color: #77776f; font-size: .75rem; }
.story-body a { color: #1b4d89; }
.story-body h2, .story-body h3 { line-height: 1.25; }
.story-body blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid #c9c6bb; }
.story-body .pull-quote { border: 0; padding: 0; font-size: 1.4rem; font-style: italic; text-align: center; }
.ad-slot { margin: 1.5rem 0; padding: .6rem; border-top: 1px solid #dedbd2; border-bottom: 1px solid #dedbd2; text-align: center; font: .75rem/1 system-ui, sans-serif; color: #8c8a82; }
.newsletter { margin: 2rem 0; padding: 1.25rem; border: 1px solid #dedbd2; background: #f3f1ea; }
.newsletter h2 { margin: 0 0 .5rem; font-size: 1.2rem; }
.newsletter-button { font: 600 .9rem system-ui, sans-serif; padding: .45rem 1rem; border: 1px solid #1d1d1b; background: #fff; color: #1d1d1b; }
.rail { margin-top: 2.5rem; padding-top: 1rem; border-top: 2px solid #1d1d1b; }
.rail h2 { margin: 0 0 .75rem; font: 700 .85rem/1.2 system-ui, sans-serif; letter-spacing: .08em; text-transform: uppercase; }
.rail ul { margin: 0; padding: 0; list-style: none; }
.rail li { padding: .6rem 0; border-bottom: 1px solid #e4e1d8; }
.rail li a, .rail li .title { font-weight: 700; color: inherit; text-decoration: none; }
.rail li p { margin: .2rem 0 0; font-size: .9rem; color: #4a4a45; }
.rail img { display: block; max-width: 8rem; height: auto; margin-bottom: .4rem; }
@media print { body { background: #fff; } main { padding: 0; } .ad-slot, .newsletter { display: none; } }
`;
