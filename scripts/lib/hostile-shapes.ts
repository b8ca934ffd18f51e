// Child process of shapeLinearityApart() (hostile.ts): the hostile shapes' linearity, timed in a
// fresh process so that the ratio is the code's and not the heap's of the bench that ran before it
// (a 10× text's collections walk every object the parent still holds). Each shape is extracted
// twice at 1× first, so that the compiler has warmed up as it had in the bench's process.
import { extract } from "../../src/extract/index.js";
import { SHAPES, shapeLinearity } from "./hostile.js";

const chars = Number(process.argv[2] ?? 50_000);
for (let r = 0; r < 2; r++) for (const shape of SHAPES) extract(shape.make(chars));
shapeLinearity(chars);
