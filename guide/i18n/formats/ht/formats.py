# Haitian Creole, which Django lacks (its default, "N j, Y", is the American order): day, month,
# year, as Haitian writing dates them ("7 avril 2025"); month names are lower case and come from
# our catalogue.
DATE_FORMAT = "j F Y"
YEAR_MONTH_FORMAT = "F Y"
