// The entity layer's load cost, measured in a process of its own (bench section "entities" runs
// it as a child): the time to import the layer with its lexicons and load the tagger's model,
// the first call on a short text, and the memory the process holds afterwards beyond bare Node.
//   node dist/scripts/bench/entity-load.js   (JSON on stdout)
const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const c0 = process.cpuUsage();
const { buildDoc } = await import("../../src/core/doc.js");
const { entityLayer } = await import("../../src/extract/entities/index.js");
const { getTagger } = await import("../../src/extract/default-model.js");
const tagger = getTagger();
const loadMs = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const t1 = performance.now();
entityLayer(buildDoc("Ann Lee, 41, of the Harbour Safety Agency (HSA) spoke in Leeds on Monday."), { tagger });
const firstCallMs = performance.now() - t1;
globalThis.gc?.();
const m = process.memoryUsage();
console.log(
  JSON.stringify({
    loadMs,
    loadCpuMs: (cpu.user + cpu.system) / 1000,
    firstCallMs,
    rssMb: (m.rss - rss0) / 2 ** 20,
    heapMb: m.heapUsed / 2 ** 20,
  }),
);
