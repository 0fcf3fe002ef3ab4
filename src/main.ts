import './app.css';

// The header is static HTML: let the browser paint it, then start the app.
requestAnimationFrame(() => void import('./boot'));
