export function Menu({ onOpen, item }: { onOpen: () => void; item: { id: string; url: string } }) {
  return (
    <nav>
      {/* ruleid: js-jsx-javascript-url */}
      <a href="javascript:void(0)" onClick={onOpen}>Open</a>
      {/* ruleid: js-jsx-javascript-url */}
      <a href={`javascript:select('${item.id}')`}>Select</a>
      {/* ruleid: js-jsx-javascript-url */}
      <iframe src={'JavaScript:' + item.url} />
      {/* ok: js-jsx-javascript-url */}
      <button type="button" onClick={onOpen}>Open</button>
      {/* ok: js-jsx-javascript-url */}
      <a href={`/items/${encodeURIComponent(item.id)}`}>Details</a>
      {/* ok: js-jsx-javascript-url */}
      <a href="https://example.com/javascript:guide">Guide</a>
    </nav>
  );
}
