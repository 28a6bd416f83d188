// The lesson search field and its hits (titles and excerpts with matches highlighted). DOM only.
import { useDrydockStore } from '../../store';
import { hrefFor, navigate } from '../../router';
import { Highlighted } from '../../ui';

export function SearchBox() {
  const query = useDrydockStore((s) => s.lessonQuery);
  const search = useDrydockStore((s) => s.searchLessons);
  return (
    <div className="search">
      <input
        type="search"
        className="search-input"
        placeholder="Search lessons"
        aria-label="Search lessons"
        data-drydock-search
        value={query}
        onChange={(e) => void search(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') void search('');
          if (e.key === 'Enter') {
            // Enter opens the best hit, so search works from the keyboard alone.
            const best = useDrydockStore.getState().lessonHits[0];
            if (best) navigate('lessons', best.lessonId, ...(best.section ? [best.section] : []));
          }
        }}
      />
      <kbd className="search-key" aria-hidden="true">/</kbd>
    </div>
  );
}

export function SearchResults({ onPick }: { onPick?: () => void }) {
  const query = useDrydockStore((s) => s.lessonQuery);
  const hits = useDrydockStore((s) => s.lessonHits);
  if (!query.trim()) return null;
  return (
    <div className="search-results" role="region" aria-label="Search results">
      <p className="search-count">
        {hits.length === 0 ? 'No lesson matches.' : `${hits.length} lesson${hits.length === 1 ? '' : 's'}`}
      </p>
      <ol className="hit-list">
        {hits.map((hit) => (
          <li key={hit.lessonId} className="hit">
            <a href={hrefFor('lessons', hit.lessonId, ...(hit.section ? [hit.section] : []))} onClick={onPick}>
              <span className="hit-title">
                <Highlighted text={hit.title} ranges={hit.titleRanges} />
              </span>
              <span className="hit-snippet">
                <Highlighted text={hit.snippet} ranges={hit.ranges} />
              </span>
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}
