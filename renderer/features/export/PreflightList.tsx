import type { PreflightItem } from '@shared/story/preflightStory.ts';

/**
 * The export preflight: what a desk editor should fix first, each with a link to it.
 * An empty list says so plainly.
 */
export function PreflightList({ items, onShow }: { items: PreflightItem[] | null; onShow: (item: PreflightItem) => void }) {
  if (items === null) return null;
  return (
    <section className="preflight" aria-labelledby="preflight-heading" data-testid="preflight" data-count={items.length}>
      <h3 id="preflight-heading" className="field__label">
        Before you export
      </h3>
      {items.length === 0 ? (
        <p className="preflight__ok" data-testid="preflight-ok">
          <span aria-hidden="true">✓</span> Headline, pictures and rails are complete.
        </p>
      ) : (
        <>
          <p className="preflight__summary">
            {items.length === 1 ? 'One thing to check' : `${items.length} things to check`}. You can still export; the page will go out as it is.
          </p>
          <ul className="preflight__list">
            {items.map((item, i) => (
              <li key={`${item.code}-${i}`} className="preflight__item" data-testid="preflight-item" data-code={item.code}>
                <span className="preflight__mark" aria-hidden="true" />
                <span className="preflight__message">{item.message}</span>
                <button type="button" className="link-button preflight__show" data-testid="preflight-show" onClick={() => onShow(item)}>
                  Show
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
