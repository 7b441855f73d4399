# Vietnamese: Django's "F Y" writes "tháng 9 2025"; the year needs its word (CLDR vi:
# "MMMM 'năm' y"): "tháng 9 năm 2025", as in Django's own DATE_FORMAT ("… tháng 9 năm 2025").
YEAR_MONTH_FORMAT = r"F \n\ă\m Y"
