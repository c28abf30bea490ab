import { pageMainThread, parseTraceEvents, type TraceEvent } from './traceEvents.ts';

/** What each keystroke's frame cost, per key, from a trace of `keys` keys typed into one page. */
export interface KeystrokeFrames {
  /** Main frames drawn per key (1 when nothing but the keys asks for frames). */
  frames: number;
  /** The main thread's frame (`ProxyMain::BeginMainFrame`), ms per key. */
  frameMs: number;
  /**
   * Blink's steps, ms per key, wherever they ran on the main thread (the key's handling forces some style and
   * layout before the frame): style, layout, pre-paint, paint, layerizing (`PaintArtifactCompositor::Update`).
   */
  styleMs: number;
  layoutMs: number;
  prePaintMs: number;
  paintMs: number;
  layerizeMs: number;
  /** Tiles rastered per key, on the page's raster threads. */
  rasterTiles: number;
  /** Drawing operations replayed per key to raster them (`DisplayItemList::Raster`'s `rastered_op_count`). */
  rasteredOps: number;
  /** Raster time per key (ms), off the main thread. */
  rasterMs: number;
  /**
   * The page's display list: the most items Blink's paint held in one frame (`PaintController::commitNewDisplayItems`,
   * traced under `disabled-by-default-blink.debug`; 0 without that category). Every frame copies or repaints all of
   * them and layerizes their chunks, so this count, which does not depend on the machine's noise, tracks what the
   * furniture around the text costs each keystroke.
   */
  displayItems: number;
  /**
   * Time per key (ms) on the page's compositor thread, which commits each frame and hands it on. On a
   * 2-core machine it, the raster threads and the display compositor compete with the main thread, so
   * what they add shows in the slowest keys more than in the average one.
   */
  compositorMs: number;
  /** The display compositor's drawing per key (ms; `DirectRenderer::DrawFrame`, in the GPU process). */
  displayDrawMs: number;
  /** Area the display compositor redrew per key, in thousands of pixels (the frames' root damage). */
  redrawnKpx: number;
}

/**
 * The time of every event called `name` on these events' threads, counting an event inside another
 * of the same name on the same thread once (Blink nests `Paint` in `Paint`).
 */
function outermostTime(events: readonly TraceEvent[], name: string): number {
  const openUntil = new Map<number, number>();
  let total = 0;
  for (const e of events) {
    if (e.name !== name || e.ph !== 'X') continue;
    if (e.ts < (openUntil.get(e.tid) ?? -1)) continue;
    total += e.dur ?? 0;
    openUntil.set(e.tid, e.ts + (e.dur ?? 0));
  }
  return total / 1000;
}

/** Busy time on one thread: its outermost events, whatever their names. */
function busyTime(events: readonly TraceEvent[]): number {
  let until = -1;
  let total = 0;
  for (const e of events) {
    if (e.ph !== 'X' || e.ts < until) continue;
    total += e.dur ?? 0;
    until = e.ts + (e.dur ?? 0);
  }
  return total / 1000;
}

/** The area of a rectangle written as Chromium's `gfx::Rect::ToString` does: "x,y widthxheight". */
function rectArea(text: string | undefined): number {
  const size = /\s(\d+)x(\d+)$/.exec(text ?? '');
  return size ? Number(size[1]) * Number(size[2]) : 0;
}

/** Sums a trace of `keys` keystrokes into the page's per-key frame work (see KeystrokeFrames). */
export function summarizeKeystrokeFrames(traceJson: string, keys: number): KeystrokeFrames {
  if (!(keys > 0)) throw new Error('the number of keys must be positive');
  const events = parseTraceEvents(traceJson);
  const main = pageMainThread(events);
  if (!main) throw new Error('the trace has no renderer main thread');
  const sorted = events.filter((e) => e.pid === main.pid).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const onMain = sorted.filter((e) => e.tid === main.tid);
  const perKey = (value: number) => value / keys;
  let tiles = 0;
  let ops = 0;
  let displayItems = 0;
  const compositor = events.find((e) => e.name === 'thread_name' && e.pid === main.pid && e.args?.name === 'Compositor');
  const onCompositor = compositor ? sorted.filter((e) => e.tid === compositor.tid) : [];
  let damagedPx = 0;
  for (const e of events) if (e.name === 'DirectRenderer::DrawFrame ProcessForOverlays') damagedPx += rectArea(e.args?.root_damage_rect);
  for (const e of sorted) {
    if (e.ph !== 'X') continue;
    if (e.name === 'RasterTask') tiles++;
    if (e.name === 'DisplayItemList::Raster') ops += e.args?.rastered_op_count ?? 0;
    if (e.name === 'PaintController::commitNewDisplayItems' && e.tid === main.tid) displayItems = Math.max(displayItems, e.args?.current_display_list_size ?? 0);
  }
  return {
    frames: perKey(onMain.filter((e) => e.name === 'ProxyMain::BeginMainFrame' && e.ph === 'X').length),
    frameMs: perKey(outermostTime(onMain, 'ProxyMain::BeginMainFrame')),
    styleMs: perKey(outermostTime(onMain, 'UpdateLayoutTree')),
    layoutMs: perKey(outermostTime(onMain, 'Layout')),
    prePaintMs: perKey(outermostTime(onMain, 'PrePaint')),
    paintMs: perKey(outermostTime(onMain, 'Paint')),
    layerizeMs: perKey(outermostTime(onMain, 'PaintArtifactCompositor::Update')),
    rasterTiles: perKey(tiles),
    rasteredOps: perKey(ops),
    rasterMs: perKey(outermostTime(sorted, 'DisplayItemList::Raster')),
    displayItems,
    compositorMs: perKey(busyTime(onCompositor)),
    displayDrawMs: perKey(outermostTime(events.filter((e) => e.ph === 'X').sort((a, b) => a.ts - b.ts), 'DirectRenderer::DrawFrame')),
    redrawnKpx: perKey(damagedPx / 1000),
  };
}
