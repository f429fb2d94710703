import DOMPurify from 'dompurify';

export function Comment({ body, author }: { body: string; author: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // ruleid: js-dom-xss-html-sink
    ref.current!.innerHTML = body as string;
    // ok: js-dom-xss-html-sink
    ref.current!.innerHTML = DOMPurify.sanitize(body);
  }, [body]);
  return (
    <article>
      <div
        // ruleid: js-dom-xss-html-sink
        dangerouslySetInnerHTML={{ __html: `<b>${author}</b>` }}
      />
      <div>{author}</div> {/* ok: js-dom-xss-html-sink */}
    </article>
  );
}
