/** Compares two PNG screenshots with pngjs: how many pixels differ noticeably, and how dark the page is. */
import { PNG } from 'pngjs';

/** The comparison of a screenshot with its baseline. */
export interface ScreenshotDiff {
  readonly sizeMatches: boolean;
  /** Share of pixels whose colour differs by more than `threshold` on any channel. */
  readonly differentRatio: number;
  /** Share of the actual screenshot's pixels that are dark (luma < 80): a dark theme is mostly dark. */
  readonly darkRatio: number;
}

/** Compares `actual` with `baseline` (both PNG bytes); a per-channel `threshold` absorbs anti-aliasing. */
export function compareScreenshots(baseline: Buffer, actual: Buffer, threshold = 48): ScreenshotDiff {
  const a = PNG.sync.read(baseline);
  const b = PNG.sync.read(actual);
  let dark = 0;
  for (let i = 0; i < b.data.length; i += 4) {
    if (0.299 * b.data[i] + 0.587 * b.data[i + 1] + 0.114 * b.data[i + 2] < 80) dark += 1;
  }
  const darkRatio = dark / (b.width * b.height);
  if (a.width !== b.width || Math.abs(a.height - b.height) > 40) return { sizeMatches: false, differentRatio: 1, darkRatio };
  const height = Math.min(a.height, b.height);
  let different = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < a.width; x += 1) {
      const i = (y * a.width + x) * 4;
      if (Math.abs(a.data[i] - b.data[i]) > threshold || Math.abs(a.data[i + 1] - b.data[i + 1]) > threshold || Math.abs(a.data[i + 2] - b.data[i + 2]) > threshold) different += 1;
    }
  }
  return { sizeMatches: true, differentRatio: different / (a.width * height), darkRatio };
}
