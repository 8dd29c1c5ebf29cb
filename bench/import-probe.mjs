// Run in a fresh process: prints how many milliseconds importing the module named by argv[2] takes.
const start = performance.now();
await import(process.argv[2] ?? '');
process.stdout.write(String(performance.now() - start));
