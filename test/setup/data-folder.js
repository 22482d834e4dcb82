/* The checkout's ./data folder, as the jest global setup and teardown see it. */
const fs = require('node:fs');
const path = require('node:path');

const DATA_DIR = path.resolve(__dirname, '..', '..', 'data');

/** Each file under ./data with its size and modification time, or null when there is no ./data. */
function snapshotData() {
  if (!fs.existsSync(DATA_DIR)) return null;
  const files = {};
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const st = fs.statSync(full);
        files[path.relative(DATA_DIR, full)] = `${st.size}:${st.mtimeMs}`;
      }
    }
  };
  walk(DATA_DIR);
  return files;
}

module.exports = { DATA_DIR, snapshotData };
