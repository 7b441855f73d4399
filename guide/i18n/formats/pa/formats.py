# Punjabi: Django has a catalogue but no formats, so it fell back to the American "N j, Y".
# Day, month, year as Punjabi writes them (CLDR pa: "d MMMM y", "MMMM y"): "7 ਅਪ੍ਰੈਲ 2025".
DATE_FORMAT = "j F Y"
YEAR_MONTH_FORMAT = "F Y"
