"""The till's two screens: sign-in (also the lock screen) and the sale."""
