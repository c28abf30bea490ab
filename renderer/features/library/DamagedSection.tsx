import type { DamagedStory } from '@shared/api/contract.ts';

/**
 * Story folders that cannot be opened, listed with the reason, never touched: files a newer
 * Newsdesk wrote (read-only here) apart from files that are damaged.
 */
export function DamagedSection({ damaged }: { damaged: DamagedStory[] }) {
  if (damaged.length === 0) return null;
  const newer = damaged.filter((d) => d.kind === 'future-version');
  const broken = damaged.filter((d) => d.kind !== 'future-version');
  return (
    <section className="damaged" aria-labelledby="damaged-heading" data-testid="damaged-section">
      <h2 id="damaged-heading">Cannot be opened here ({damaged.length})</h2>
      <ul>
        {newer.map((d) => (
          <li key={d.id} data-testid="future-story">
            <code>{d.id}</code>
            <p>Made by a newer version of Newsdesk: {d.reason.replace(/\.$/, '')}. It is read-only here and will not be changed.</p>
          </li>
        ))}
        {broken.map((d) => (
          <li key={d.id} data-testid="damaged-story">
            <code>{d.id}</code>
            <p>
              This file could not be read: {d.reason.replace(/\.$/, '')}; it was left untouched.
              {d.keptAs && <> A copy of it as found is kept at <code>{d.keptAs}</code>.</>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
