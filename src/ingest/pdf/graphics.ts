import type { Box } from '../../content/paper.ts';

/** A shape or image drawn on a page, in points from the page's top-left. */
export interface Graphic extends Box {
  kind: 'path' | 'image';
}

type Matrix = [number, number, number, number, number, number];

interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: unknown[];
}

/** The pdf.js operator codes this module reads. */
interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  endPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
}

/**
 * Where a page draws shapes and images, from pdf.js's operator list: each painted path's
 * bounding box and each image's square, through the current transformation. Clipping paths
 * paint nothing and are left out. A path's arguments are its paint operator and bounding box.
 */
export function pageGraphics(list: OperatorList, viewport: number[], ops: Ops): Graphic[] {
  const graphics: Graphic[] = [];
  const stack: Matrix[] = [];
  let ctm = viewport.slice(0, 6) as Matrix;
  const images = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject]);
  Array.prototype.forEach.call(list.fnArray, (fn: number, i: number) => {
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) {
      // NOTE: pdf.js leaves out images over its size limit, leaving their "set the image's
      // square, restore" behind with nothing painted between: that square is where the image was.
      if (list.fnArray[i - 1] === ops.transform && isImageSquare(ctm)) graphics.push(square(ctm, 'image'));
      ctm = stack.pop() ?? ctm;
    } else if (fn === ops.transform && args) ctm = multiply(args as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(Array.from(args[0] as ArrayLike<number>) as Matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (images.has(fn)) graphics.push(square(ctm, 'image'));
    else if (fn === ops.constructPath && args && args[0] !== ops.endPath) {
      const box = args[1] as ArrayLike<number> | null;
      if (box && box.length === 4) graphics.push(boxOf(ctm, box[0]!, box[1]!, box[2]!, box[3]!, 'path'));
    }
  });
  return graphics.filter((g) => Number.isFinite(g.x + g.y + g.width + g.height));
}

/** An image is drawn into the unit square: the transform scales it to the image's size. */
function isImageSquare(m: Matrix): boolean {
  return Math.hypot(m[0], m[1]) > 4 && Math.hypot(m[2], m[3]) > 4;
}

function square(m: Matrix, kind: Graphic['kind']): Graphic {
  return boxOf(m, 0, 0, 1, 1, kind);
}

function boxOf(m: Matrix, x0: number, y0: number, x1: number, y1: number, kind: Graphic['kind']): Graphic {
  const points = [apply(m, x0, y0), apply(m, x1, y0), apply(m, x0, y1), apply(m, x1, y1)];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { kind, x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** `a` then `b`: the matrix that applies `a` first (as PDF's `cm` does to the current matrix). */
function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[1] * b[2],
    a[0] * b[1] + a[1] * b[3],
    a[2] * b[0] + a[3] * b[2],
    a[2] * b[1] + a[3] * b[3],
    a[4] * b[0] + a[5] * b[2] + b[4],
    a[4] * b[1] + a[5] * b[3] + b[5],
  ];
}
