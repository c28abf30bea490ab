import { describe, expect, it } from 'vitest';
import { summarizeKeystrokeFrames } from './summarizeKeystrokeFrames.ts';

const PAGE = 10;
const OTHER_TAB = 20;
const MAIN = 1;
const RASTER = 2;
const COMPOSITOR = 3;
const GPU = 30;
const VIZ = 31;

/** A complete event, times in µs as in a Chrome trace. */
function x(name: string, ts: number, dur: number, pid = PAGE, tid = MAIN, args?: Record<string, number | string>) {
  return { name, ph: 'X', ts, dur, pid, tid, ...(args ? { args } : {}) };
}

/** Two keys on the page: two frames, the second with a nested Paint, and raster on a worker thread; another tab's renderer draws too. Paint commits its display list three times (a small sub-list last). */
const trace = {
  traceEvents: [
    { name: 'thread_name', ph: 'M', ts: 0, pid: PAGE, tid: MAIN, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', ts: 0, pid: OTHER_TAB, tid: MAIN, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', ts: 0, pid: PAGE, tid: COMPOSITOR, args: { name: 'Compositor' } },
    { name: 'thread_name', ph: 'M', ts: 0, pid: OTHER_TAB, tid: 40, args: { name: 'Compositor' } },
    // The page's compositor thread: two tasks, the second with a slice inside it (counted once).
    x('ThreadControllerImpl::RunTask', 4000, 800, PAGE, COMPOSITOR),
    x('ThreadControllerImpl::RunTask', 14_000, 400, PAGE, COMPOSITOR),
    x('Commit', 14_100, 200, PAGE, COMPOSITOR),
    x('ThreadControllerImpl::RunTask', 4000, 5000, OTHER_TAB, 40),
    // The display compositor draws two frames, each with its damage; the second's drawing nests a slice of the same name.
    x('DirectRenderer::DrawFrame', 5000, 300, GPU, VIZ),
    x('DirectRenderer::DrawFrame ProcessForOverlays', 5010, 5, GPU, VIZ, { root_damage_rect: '208,730 599x142' }),
    x('DirectRenderer::DrawFrame', 16_000, 500, GPU, VIZ),
    x('DirectRenderer::DrawFrame', 16_100, 100, GPU, VIZ),
    x('DirectRenderer::DrawFrame ProcessForOverlays', 16_010, 5, GPU, VIZ, { root_damage_rect: '0,0 100x10' }),
    x('ProxyMain::BeginMainFrame', 1000, 3000),
    x('UpdateLayoutTree', 1100, 200),
    x('Layout', 1300, 100),
    x('PrePaint', 1400, 300),
    x('Paint', 1700, 600),
    x('PaintArtifactCompositor::Update', 2300, 400),
    x('PaintController::commitNewDisplayItems', 2250, 10, PAGE, MAIN, { current_display_list_size: 180 }),
    x('ProxyMain::BeginMainFrame', 10_000, 5000),
    x('PaintController::commitNewDisplayItems', 10_150, 10, PAGE, MAIN, { current_display_list_size: 215 }),
    x('Paint', 10_100, 1000),
    x('Paint', 10_200, 500), // inside the one above: counted once
    x('PaintArtifactCompositor::Update', 11_200, 600),
    x('RasterTask', 4000, 900, PAGE, RASTER),
    x('DisplayItemList::Raster', 4100, 700, PAGE, RASTER, { rastered_op_count: 120 }),
    x('RasterTask', 15_500, 500, PAGE, RASTER),
    x('DisplayItemList::Raster', 15_600, 300, PAGE, RASTER, { rastered_op_count: 40 }),
    x('PaintController::commitNewDisplayItems', 11_000, 10, PAGE, MAIN, { current_display_list_size: 12 }),
    // The other tab: less busy, so not the page; none of its work counts.
    x('ProxyMain::BeginMainFrame', 2000, 1000, OTHER_TAB),
    x('DisplayItemList::Raster', 2100, 900, OTHER_TAB, RASTER, { rastered_op_count: 5000 }),
    x('PaintController::commitNewDisplayItems', 2500, 10, OTHER_TAB, MAIN, { current_display_list_size: 900 }),
  ],
};

describe('summarizeKeystrokeFrames', () => {
  it('sums the page’s frames and raster per key, counting nested paint once and leaving the other tab out', () => {
    const work = summarizeKeystrokeFrames(JSON.stringify(trace), 2);
    expect(work.frames).toBe(1);
    expect(work.frameMs).toBeCloseTo(4, 6);
    expect(work.styleMs).toBeCloseTo(0.1, 6);
    expect(work.layoutMs).toBeCloseTo(0.05, 6);
    expect(work.prePaintMs).toBeCloseTo(0.15, 6);
    expect(work.paintMs).toBeCloseTo(0.8, 6);
    expect(work.layerizeMs).toBeCloseTo(0.5, 6);
    expect(work.rasterTiles).toBe(1);
    expect(work.rasteredOps).toBe(80);
    expect(work.rasterMs).toBeCloseTo(0.5, 6);
    // The page's largest list (not the first, the last or the other tab's).
    expect(work.displayItems).toBe(215);
    // The page's compositor thread only, each task once: (800 + 400) µs over two keys.
    expect(work.compositorMs).toBeCloseTo(0.6, 6);
    expect(work.displayDrawMs).toBeCloseTo(0.4, 6);
    // (599 × 142 + 100 × 10) px over two keys.
    expect(work.redrawnKpx).toBeCloseTo((599 * 142 + 1000) / 2000, 6);
  });

  it('reads no compositor time from a trace without the thread’s name, and no area from a damage it cannot parse', () => {
    const bare = {
      traceEvents: [
        { name: 'thread_name', ph: 'M', ts: 0, pid: PAGE, tid: MAIN, args: { name: 'CrRendererMain' } },
        x('ProxyMain::BeginMainFrame', 1000, 3000),
        x('ThreadControllerImpl::RunTask', 4000, 800, PAGE, COMPOSITOR),
        x('DirectRenderer::DrawFrame ProcessForOverlays', 5010, 5, GPU, VIZ, { root_damage_rect: 'empty' }),
      ],
    };
    const work = summarizeKeystrokeFrames(JSON.stringify(bare), 1);
    expect(work.compositorMs).toBe(0);
    expect(work.redrawnKpx).toBe(0);
  });

  it('refuses a trace with no renderer and a key count that is not positive', () => {
    expect(() => summarizeKeystrokeFrames(JSON.stringify({ traceEvents: [] }), 1)).toThrow(/no renderer main thread/);
    expect(() => summarizeKeystrokeFrames(JSON.stringify(trace), 0)).toThrow(/positive/);
  });
});
