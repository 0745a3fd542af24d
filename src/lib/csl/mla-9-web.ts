/**
 * MLA 9th edition for the Atlas's own pages: web entries in a website that is its own publisher,
 * so the publisher is omitted (MLA 9, 2.1.3). Written for the Atlas; rendered by citeproc through citation-js.
 * “Title of Entry.” Sovereign AI Atlas, 26 Nov. 2026, https://…/. Accessed 27 Nov. 2026.
 */
export const MLA_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info>
    <title>MLA 9th edition (Sovereign AI Atlas web entries)</title>
    <id>sovereign-ai-atlas-mla-9-web</id>
    <updated>2026-11-26T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <terms>
      <term name="month-06" form="short">June</term>
      <term name="month-07" form="short">July</term>
      <term name="month-09" form="short">Sept.</term>
    </terms>
  </locale>
  <citation>
    <layout>
      <text variable="title" quotes="true"/>
    </layout>
  </citation>
  <bibliography>
    <layout>
      <text variable="title" quotes="true" suffix=". "/>
      <group delimiter=", " suffix=". ">
        <text variable="container-title" font-style="italic"/>
        <date variable="issued" delimiter=" ">
          <date-part name="day"/>
          <date-part name="month" form="short"/>
          <date-part name="year"/>
        </date>
        <text variable="URL"/>
      </group>
      <group delimiter=" " suffix=".">
        <text term="accessed" text-case="capitalize-first"/>
        <date variable="accessed" delimiter=" ">
          <date-part name="day"/>
          <date-part name="month" form="short"/>
          <date-part name="year"/>
        </date>
      </group>
    </layout>
  </bibliography>
</style>
`;
