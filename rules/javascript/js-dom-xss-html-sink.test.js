const params = new URLSearchParams(location.search);

function renderGreeting(user) {
  const box = document.getElementById('greeting');
  // ruleid: js-dom-xss-html-sink
  box.innerHTML = `<h2>Welcome back, ${user.displayName}</h2>`;

  // ruleid: js-dom-xss-html-sink
  document.querySelector('#q').outerHTML = '<span>' + params.get('q') + '</span>';

  // ruleid: js-dom-xss-html-sink
  list.innerHTML += '<li>' + user.lastSearch + '</li>';

  // ruleid: js-dom-xss-html-sink
  document.write(params.get('banner'));

  // ruleid: js-dom-xss-html-sink
  box.insertAdjacentHTML('beforeend', user.bio);

  // ok: js-dom-xss-html-sink
  box.innerHTML = '';

  // ok: js-dom-xss-html-sink
  box.textContent = `Welcome back, ${user.displayName}`;

  // ok: js-dom-xss-html-sink
  box.innerHTML = DOMPurify.sanitize(user.bio);

  // ok: js-dom-xss-html-sink
  document.write('<p>' + 'Loading' + '</p>');

  // ok: js-dom-xss-html-sink
  box.insertAdjacentHTML('beforeend', '<hr>');

  // ok: js-dom-xss-html-sink
  out.write(user.bio);
}

function Bio({ html, text }) {
  return (
    <div>
      <section
        // ruleid: js-dom-xss-html-sink
        dangerouslySetInnerHTML={{ __html: html }}
      />
      <section
        // ok: js-dom-xss-html-sink
        dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }}
      />
      <p>{text}</p> {/* ok: js-dom-xss-html-sink */}
    </div>
  );
}
