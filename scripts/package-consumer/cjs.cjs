// Node 20.19+ and 22.12+ load an ES module from require(); this is how CommonJS users get it.
const lib = require('yoti-session-config');
const { scenario } = require('./scenario.mjs');

scenario(lib, 'require', require).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
