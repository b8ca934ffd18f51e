// How the linearity guards measure: CPU time (so a busy machine slows both sizes alike), the least
// of several alternated runs at each size (so one garbage collection or one busy slice read alone
// cannot decide), and up to three tries of the whole measure. A scan that grows with the square of
// its input reads about 100× for 10× the input on every try; a linear one on a loaded CI machine
// has read up to twice its quiet ratio on one try (20.5× against 7–9× quiet), never on three.

import { cpuMs } from "../../scripts/lib/measure.js";

/**
 * The ratio of `large`'s CPU to `small`'s, each the least of `runs` alternated runs after one
 * warm-up of `small`; measured up to `tries` times until one ratio is at most `bound`. Returns every
 * ratio read, the last one the decision.
 */
export function linearRatios(
  small: () => void,
  large: () => void,
  bound: number,
  { runs = 3, tries = 3, floorMs = 0 }: { runs?: number; tries?: number; floorMs?: number } = {},
): number[] {
  small();
  const ratios: number[] = [];
  while (ratios.length < tries && !ratios.some((r) => r <= bound)) {
    let one = Infinity;
    let ten = Infinity;
    for (let r = 0; r < runs; r++) {
      one = Math.min(one, cpuMs(small));
      ten = Math.min(ten, cpuMs(large));
    }
    ratios.push(ten / Math.max(one, floorMs));
  }
  return ratios;
}

/** Whether the measure passed: some try read at most `bound`. */
export const withinBound = (ratios: number[], bound: number): boolean => ratios.some((r) => r <= bound);

/** The ratios read, for a failure message: "24.1×, 22.0×, 21.5×". */
export const shown = (ratios: number[]): string => ratios.map((r) => `${r.toFixed(1)}×`).join(", ");
