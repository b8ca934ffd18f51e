// Child process of quoteDenseMemory() (hostile.ts): extract() once on `chars` copies of one
// mark; prints the resident size before and the process's peak after, in bytes, as JSON.
import { extract } from "../../src/extract/index.js";

const chars = Number(process.argv[2] ?? 500_000);
const mark = process.argv[3] ?? '"';
extract("Warm-up: Ann Lee said “yes” on Monday."); // loads the models before the baseline
const text = mark.repeat(chars);
const before = process.memoryUsage().rss;
extract(text);
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ before, peak }));
