#!/usr/bin/env node
/**
 * Draws the Teams app icons with pngjs (no image editor needed) into appPackage/:
 * color.png 192×192 (navy tile, white speech bubble, saffron tick) and outline.png 32×32
 * (white bubble outline and tick on a transparent background, as Teams requires).
 * Run: npm run icons. The PNGs are committed; re-run only to change the design.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');

const OUT = path.join(__dirname, '..', 'appPackage');
const SS = 4; // supersampling per axis, for smooth edges

/** True inside a rounded rectangle. */
function inRoundRect(x, y, l, t, r, b, rad) {
  if (x < l || x > r || y < t || y > b) return false;
  const cx = Math.min(Math.max(x, l + rad), r - rad);
  const cy = Math.min(Math.max(y, t + rad), b - rad);
  return (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad;
}

/** True inside a triangle. */
function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = s(x, y, ax, ay, bx, by);
  const d2 = s(x, y, bx, by, cx, cy);
  const d3 = s(x, y, cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/** Distance from a point to a segment. */
function segDist(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The speech bubble (body and tail) in a unit box 0..1, grown by `grow`. */
function bubble(x, y, grow = 0) {
  return inRoundRect(x, y, 0.18 - grow, 0.22 - grow, 0.82 + grow, 0.68 + grow, 0.1 + grow)
    || inTriangle(x, y, [0.3 - grow, 0.6], [0.48 + grow, 0.6], [0.26 - grow, 0.84 + grow * 1.5]);
}

/** The tick, as a thick polyline, in the unit box. */
function tick(x, y, width) {
  const a = [0.35, 0.45];
  const b = [0.46, 0.55];
  const c = [0.66, 0.34];
  return segDist(x, y, a, b) <= width / 2 || segDist(x, y, b, c) <= width / 2;
}

/** Renders `paint(u, v) → [r, g, b, a] | null` (u, v in 0..1) with supersampling. */
function render(size, paint) {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy += 1) {
        for (let sx = 0; sx < SS; sx += 1) {
          const c = paint((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          if (!c) continue;
          const a = c[3] / 255;
          for (let i = 0; i < 3; i += 1) acc[i] += c[i] * a;
          acc[3] += a;
        }
      }
      const i = (py * size + px) * 4;
      const n = SS * SS;
      png.data[i] = acc[3] ? Math.round(acc[0] / acc[3]) : 0;
      png.data[i + 1] = acc[3] ? Math.round(acc[1] / acc[3]) : 0;
      png.data[i + 2] = acc[3] ? Math.round(acc[2] / acc[3]) : 0;
      png.data[i + 3] = Math.round((acc[3] / n) * 255);
    }
  }
  return PNG.sync.write(png);
}

const NAVY = [31, 78, 121, 255];
const WHITE = [255, 255, 255, 255];
const SAFFRON = [230, 126, 34, 255];

const color = render(192, (u, v) => {
  if (!inRoundRect(u, v, 0, 0, 1, 1, 0.16)) return null;
  if (tick(u, v, 0.075)) return SAFFRON;
  if (bubble(u, v)) return WHITE;
  return NAVY;
});

const outline = render(32, (u, v) => {
  const ring = bubble(u, v, 0.03) && !bubble(u, v, -0.035);
  return ring || tick(u, v, 0.09) ? WHITE : null;
});

fs.writeFileSync(path.join(OUT, 'color.png'), color);
fs.writeFileSync(path.join(OUT, 'outline.png'), outline);
console.log(`wrote ${path.join(OUT, 'color.png')} (192×192) and ${path.join(OUT, 'outline.png')} (32×32)`);
