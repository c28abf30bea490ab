import { describe, expect, it } from 'vitest';
import { summarizeKeystrokeFrames } from './summarizeKeystrokeFrames.ts';

const PAGE = 10;
const OTHER_TAB = 20;
const MAIN = 1;
const RASTER = 2;

/** A complete event, times in µs as in a Chrome trace. */
function x(name: string, ts: number, dur: number, pid = PAGE, tid = MAIN, args?: Record<string, number>) {
  return { name, ph: 'X', ts, dur, pid, tid, ...(args ? { args } : {}) };
}

/** Two keys on the page: two frames, the second with a nested Paint, and raster on a worker thread; another tab's renderer draws too. Paint commits its display list three times (a small sub-list last). */
const trace = {
  traceEvents: [
    { name: 'thread_name', ph: 'M', ts: 0, pid: PAGE, tid: MAIN, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', ts: 0, pid: OTHER_TAB, tid: MAIN, args: { name: 'CrRendererMain' } },
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
  });

  it('refuses a trace with no renderer and a key count that is not positive', () => {
    expect(() => summarizeKeystrokeFrames(JSON.stringify({ traceEvents: [] }), 1)).toThrow(/no renderer main thread/);
    expect(() => summarizeKeystrokeFrames(JSON.stringify(trace), 0)).toThrow(/positive/);
  });
});
