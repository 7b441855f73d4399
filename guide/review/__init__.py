"""Tools for the people who review and release the guide: nothing here runs on a request.

- `golden`: the golden table, every answer path and its outcome (docs/outcomes.csv);
- `documents`: the reviewers' documents, every distinct outcome with its full text
  (docs/outcomes.md) and the diagram of the questions (docs/flow.mmd);
- `page_text`: the words a person reads on a page, from the rendered templates, as Markdown
  or plain sentences (for the documents and the reading level);
- `reading_level`: how hard each page is to read, language by language (`make reading-level`);
- `link_check`: whether the links to other sites still answer (`make check-links`).

They reach the outcome only through its door (guide/outcome/), as the view does.
"""
