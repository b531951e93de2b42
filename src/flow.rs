//! The guided flow's state machine: pure, in memory only. It never touches history, the URL or the title,
//! so nothing of the visitor's path through the flow survives the tab.
use crate::content::{self, applies, Block, Choice, Node};

pub const START: &str = "start";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flow {
    /// The steps taken, from the start; the last is the current step. Never empty.
    path: Vec<&'static str>,
    country: Option<&'static str>,
}

impl Flow {
    pub fn new(country: Option<&'static str>) -> Self {
        Flow { path: vec![START], country }
    }

    pub fn current(&self) -> &'static Node {
        // Every id on the path was resolved before it was pushed; the start is checked by tests/content.rs.
        content::node(self.path.last().copied().unwrap_or(START)).unwrap_or(&content::FLOW[0])
    }

    /// 1 on the first step.
    pub fn depth(&self) -> usize {
        self.path.len()
    }

    pub fn at_start(&self) -> bool {
        self.path.len() == 1
    }

    /// The current step's blocks for this country.
    pub fn blocks(&self) -> impl Iterator<Item = &'static Block> + '_ {
        self.current().blocks.iter().filter(|b| applies(b.countries, self.country))
    }

    /// The current step's answers for this country, whose next step exists.
    pub fn choices(&self) -> impl Iterator<Item = &'static Choice> + '_ {
        self.current()
            .choices
            .iter()
            .filter(|c| applies(c.countries, self.country) && content::node(c.next).is_some())
    }

    /// Follows an answer of the current step, by its next step's id. False (and no move) if the current
    /// step offers no such answer.
    pub fn choose(&mut self, next: &str) -> bool {
        let found = self.choices().find(|c| c.next == next).map(|c| c.next);
        match found {
            Some(next) => {
                self.path.push(next);
                true
            }
            None => false,
        }
    }

    /// One step back; false at the start.
    pub fn back(&mut self) -> bool {
        if self.path.len() > 1 {
            self.path.pop();
            true
        } else {
            false
        }
    }

    pub fn restart(&mut self) {
        self.path.truncate(1);
    }

    pub fn set_country(&mut self, country: Option<&'static str>) {
        self.country = country;
    }
}
