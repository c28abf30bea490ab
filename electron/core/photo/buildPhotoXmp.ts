/** The picture fields written back into exported files. Empty or missing values are left out. */
export interface PhotoXmpFields {
  caption?: string | null | undefined;
  creditLine?: string | null | undefined;
  creator?: string | null | undefined;
  copyright?: string | null | undefined;
  altText?: string | null | undefined;
}

/**
 * An XMP packet carrying caption (dc:description), credit (photoshop:Credit), creator (dc:creator),
 * copyright (dc:rights) and alt text (Iptc4xmpCore:AltTextAccessibility), for sharp's `withXmp()`.
 * Every value is XML-escaped, so a caption such as `<script>` stays text.
 */
export function buildPhotoXmp(fields: PhotoXmpFields): string {
  const props: string[] = [];
  const alt = (tag: string, value: string) =>
    `   <${tag}><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt></${tag}>`;
  const caption = clean(fields.caption);
  const credit = clean(fields.creditLine);
  const creator = clean(fields.creator);
  const copyright = clean(fields.copyright);
  const altText = clean(fields.altText);
  if (caption) props.push(alt('dc:description', caption));
  // One entry: the stored creator may already be "A, B" and names may contain commas.
  if (creator) props.push(`   <dc:creator><rdf:Seq><rdf:li>${escapeXml(creator)}</rdf:li></rdf:Seq></dc:creator>`);
  if (copyright) props.push(alt('dc:rights', copyright));
  if (credit) props.push(`   <photoshop:Credit>${escapeXml(credit)}</photoshop:Credit>`);
  if (altText) props.push(alt('Iptc4xmpCore:AltTextAccessibility', altText));
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '  <rdf:Description rdf:about=""',
    '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
    '    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">',
    ...props,
    '  </rdf:Description>',
    ' </rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

function clean(value: string | null | undefined): string {
  return value?.trim() ?? '';
}

/** Escapes markup characters and drops characters XML 1.0 cannot carry (control bytes, lone surrogates). */
function escapeXml(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}
