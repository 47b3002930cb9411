"""The app's widgets: the article list, the reading pane, the entities panel, the search bar."""
