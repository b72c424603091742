// The demo imports the library like a page would import the CDN file.
import '../src/index.js';
