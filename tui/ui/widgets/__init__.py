"""The reader's widgets: the article list, the article view, the side panel and the legend."""

__all__ = ["ArticleList", "ArticleView", "Legend", "SidePanel"]

from tui.ui.widgets.article_list import ArticleList
from tui.ui.widgets.article_view import ArticleView
from tui.ui.widgets.legend import Legend
from tui.ui.widgets.side_panel import SidePanel
