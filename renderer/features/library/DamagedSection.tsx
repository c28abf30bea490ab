import type { DamagedStory } from '@shared/api/contract.ts';

/** Story folders whose file could not be read: listed with the reason, never touched. */
export function DamagedSection({ damaged }: { damaged: DamagedStory[] }) {
  if (damaged.length === 0) return null;
  return (
    <section className="damaged" aria-labelledby="damaged-heading" data-testid="damaged-section">
      <h2 id="damaged-heading">Could not be read ({damaged.length})</h2>
      <ul>
        {damaged.map((d) => (
          <li key={d.id} data-testid="damaged-story">
            <code>{d.id}</code>
            <p>This file could not be read: {d.reason.replace(/\.$/, '')}; it was left untouched.</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
