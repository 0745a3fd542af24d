/**
 * APA 7th edition, reduced to the works the Atlas cites: its own pages (a group author that is also the
 * website, so the site name is left out), and the originals its source records describe (news
 * articles, reports, web pages, with or without personal authors and with the date precision known).
 * Its output equals that of the CSL project's full APA style for these works
 * (tests/unit/citation-styles.test.ts compares them); the full style spends most of its time on
 * branches these works never take.
 * Sovereign AI Atlas. (2026, November 26). <i>Title of entry</i>. https://…/
 */
export const APA_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info>
    <title>APA 7th edition (Sovereign AI Atlas pages and sources)</title>
    <id>sovereign-ai-atlas-apa-7-web</id>
    <updated>2026-12-01T00:00:00+00:00</updated>
  </info>
  <macro name="author">
    <names variable="author">
      <name and="symbol" delimiter=", " delimiter-precedes-last="always" initialize-with=". " name-as-sort-order="all"/>
    </names>
  </macro>
  <!-- Italics are applied to a macro, as in the full style, so that citeproc merges a title's own
       closing "?" or "!" with the period that follows. -->
  <macro name="title-text">
    <text variable="title"/>
  </macro>
  <macro name="title">
    <choose>
      <if type="article-newspaper">
        <text macro="title-text"/>
      </if>
      <else>
        <text macro="title-text" font-style="italic"/>
      </else>
    </choose>
  </macro>
  <macro name="issued">
    <choose>
      <if variable="issued">
        <choose>
          <if type="report">
            <date variable="issued" prefix="(" suffix=")">
              <date-part name="year"/>
            </date>
          </if>
          <else>
            <date variable="issued" prefix="(" suffix=")">
              <date-part name="year"/>
              <date-part name="month" prefix=", "/>
              <date-part name="day" prefix=" "/>
            </date>
          </else>
        </choose>
      </if>
      <else>
        <text term="no date" form="short" prefix="(" suffix=")"/>
      </else>
    </choose>
  </macro>
  <macro name="source">
    <choose>
      <if type="article-newspaper">
        <text variable="container-title" text-case="title" font-style="italic"/>
      </if>
      <else-if type="report">
        <text variable="publisher"/>
      </else-if>
      <else>
        <text variable="container-title" text-case="title"/>
      </else>
    </choose>
  </macro>
  <macro name="access">
    <choose>
      <if variable="issued">
        <text variable="URL"/>
      </if>
      <else-if variable="accessed URL" match="all">
        <group delimiter=" ">
          <text term="retrieved" text-case="capitalize-first"/>
          <date variable="accessed" form="text" suffix=","/>
          <text term="from"/>
          <text variable="URL"/>
        </group>
      </else-if>
      <else>
        <!-- The full style says "Retrieved" before the URL of an undated work even without an accessed date. -->
        <group delimiter=" ">
          <text term="retrieved" text-case="capitalize-first"/>
          <text variable="URL"/>
        </group>
      </else>
    </choose>
  </macro>
  <citation>
    <layout>
      <text macro="title"/>
    </layout>
  </citation>
  <bibliography hanging-indent="true" entry-spacing="0" line-spacing="2">
    <layout>
      <group delimiter=" ">
        <group delimiter=". " suffix=".">
          <choose>
            <if variable="author">
              <text macro="author"/>
              <text macro="issued"/>
              <text macro="title"/>
            </if>
            <else>
              <text macro="title"/>
              <text macro="issued"/>
            </else>
          </choose>
          <text macro="source"/>
        </group>
        <text macro="access"/>
      </group>
    </layout>
  </bibliography>
</style>
`;
