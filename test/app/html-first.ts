// The page's HTML, there before any script runs: a review stamp in Swedish.
const stamp = document.createElement('review-stamp');
stamp.lang = 'sv';
stamp.setAttribute('reviewed', '2026-01-05');
document.body.append(stamp);
