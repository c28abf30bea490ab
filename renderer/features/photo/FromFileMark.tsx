/** A quiet tag beside a field whose value is exactly what the picture file says. */
export function FromFileMark({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <span className="from-file" title="This value came from the picture file's own metadata (IPTC/XMP)" data-testid="from-file">
      from file
    </span>
  );
}
