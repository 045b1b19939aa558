/** JSON for a `<script type="application/json">` element: no `</script>` can end it early. */
export const escapeJsonForHtml = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
